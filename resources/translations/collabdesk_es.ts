<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name />
    <message>
        <source>IntakeDialog</source>
        <comment>Possibly already registered</comment>
        <translation>IntakeDialog</translation>
    </message>
    <message>
        <source>IntakeDialog</source>
        <comment>This person may already be registered. Open the existing record, or confirm that this is a different person.</comment>
        <translation>IntakeDialog</translation>
    </message>
    <message>
        <source>IntakeDialog</source>
        <comment>Open existing record</comment>
        <translation>IntakeDialog</translation>
    </message>
    <message>
        <source>IntakeDialog</source>
        <comment>Register a different person</comment>
        <translation>IntakeDialog</translation>
    </message>
    <message>
        <source>IntakeDialog</source>
        <comment>Go back</comment>
        <translation>IntakeDialog</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CollabDesk</source>
        <translation>Acerca de CollabDesk</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>AcceptReferralDialog</name>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Accept referral</source>
        <translation>Aceptar derivación</translation>
    </message>
    <message>
        <source>&amp;Accept and open case</source>
        <translation>&amp;Aceptar y abrir caso</translation>
    </message>
    <message>
        <source>Accept and open case</source>
        <translation>Aceptar y abrir caso</translation>
    </message>
    <message>
        <source>What the partner shared</source>
        <translation>Lo que compartió la entidad</translation>
    </message>
    <message>
        <source>From {partner}:</source>
        <translation>De {partner}:</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>Choose an existing client or a new one.</source>
        <translation>Elija un cliente existente o uno nuevo.</translation>
    </message>
    <message>
        <source>Referral: {what}</source>
        <translation>Derivación: {what}</translation>
    </message>
    <message>
        <source>Case &amp;title</source>
        <translation>&amp;Título del caso</translation>
    </message>
    <message>
        <source>A new client, from the shared details</source>
        <translation>Un cliente nuevo, con los datos compartidos</translation>
    </message>
    <message>
        <source>Existing: {who}</source>
        <translation>Existente: {who}</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Admin sections</source>
        <translation>Secciones de administración</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Find a user</source>
        <translation>Buscar un usuario</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Añadir usuario…</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Añadir usuario</translation>
    </message>
    <message>
        <source>Edit roles…</source>
        <translation>Editar roles…</translation>
    </message>
    <message>
        <source>Edit roles</source>
        <translation>Editar roles</translation>
    </message>
    <message>
        <source>Set passphrase on this laptop…</source>
        <translation>Establecer frase de contraseña en este portátil…</translation>
    </message>
    <message>
        <source>Set passphrase on this laptop</source>
        <translation>Establecer frase de contraseña en este portátil</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Quitar usuario</translation>
    </message>
    <message>
        <source>New recovery code…</source>
        <translation>Nuevo código de recuperación…</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>Nuevo código de recuperación</translation>
    </message>
    <message>
        <source>{name} was added.</source>
        <translation>Se añadió a {name}.</translation>
    </message>
    <message>
        <source>{name} was updated.</source>
        <translation>Se actualizó a {name}.</translation>
    </message>
    <message>
        <source>{name} can now sign in on this laptop.</source>
        <translation>{name} ya puede entrar en este portátil.</translation>
    </message>
    <message>
        <source>Remove {name}? They will no longer be able to sign in on any laptop of the agency. Their past work stays in the records.</source>
        <translation>¿Quitar a {name}? Ya no podrá entrar en ningún portátil de la entidad. Su trabajo anterior se conserva en los registros.</translation>
    </message>
    <message>
        <source>Also change the store key on this laptop (recommended if they might have copied it)</source>
        <translation>Cambiar también la clave de los datos en este portátil (recomendado si pudo haberla copiado)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Removing {name}…</source>
        <translation>Quitando a {name}…</translation>
    </message>
    <message>
        <source>{name} was removed.</source>
        <translation>Se quitó a {name}.</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formularios</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <source>Network measures</source>
        <translation>Medidas de la red</translation>
    </message>
    <message>
        <source>Client imports</source>
        <translation>Importaciones de clientes</translation>
    </message>
    <message>
        <source>Make a new recovery code for this laptop? The old paper keeps working until you destroy it; the new code is shown only once.</source>
        <translation>¿Crear un código de recuperación nuevo para este portátil? El papel antiguo sigue sirviendo hasta que lo destruya; el código nuevo se muestra una sola vez.</translation>
    </message>
    <message>
        <source>Make a new code</source>
        <translation>Crear un código nuevo</translation>
    </message>
    <message>
        <source>A backup is one encrypted file: the store and its key slots. Keep copies off this laptop (a USB stick in a locked drawer). Restoring needs a passphrase or the recovery code that was valid when the backup was made.</source>
        <translation>Una copia de seguridad es un único archivo cifrado: los datos y sus llaves de acceso. Guarde copias fuera de este portátil (una memoria USB en un cajón con llave). Para restaurarla hace falta una frase de contraseña o el código de recuperación válidos cuando se hizo la copia.</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Hacer copia ahora…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Check a backup…</source>
        <translation>Comprobar una copia…</translation>
    </message>
    <message>
        <source>Check a backup</source>
        <translation>Comprobar una copia</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurar desde una copia…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Estado de las copias</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Carpeta de datos: {path}</translation>
    </message>
    <message>
        <source>Backups are not available in this version.</source>
        <translation>Las copias de seguridad no están disponibles en esta versión.</translation>
    </message>
    <message>
        <source>Scheduled backups</source>
        <translation>Copias programadas</translation>
    </message>
    <message>
        <source>This laptop's backups folder</source>
        <translation>La carpeta de copias de este portátil</translation>
    </message>
    <message>
        <source>Scheduled backup folder</source>
        <translation>Carpeta de copias programadas</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the scheduled backup folder</source>
        <translation>Elegir la carpeta de copias programadas</translation>
    </message>
    <message>
        <source>Use this laptop</source>
        <translation>Usar este portátil</translation>
    </message>
    <message>
        <source>Back up into this laptop's backups folder</source>
        <translation>Guardar la copia en la carpeta de copias de este portátil</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Back up every (hours)</source>
        <translation>Hacer copia cada (horas)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Copias que se conservan</translation>
    </message>
    <message>
        <source>Save schedule</source>
        <translation>Guardar programación</translation>
    </message>
    <message>
        <source>Folder or USB drive:</source>
        <translation>Carpeta o memoria USB:</translation>
    </message>
    <message>
        <source>Back up &amp;every:</source>
        <translation>Hacer copia &amp;cada:</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Conservar las más recientes:</translation>
    </message>
    <message>
        <source>Where should scheduled backups go?</source>
        <translation>¿Dónde se guardan las copias programadas?</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Nada que guardar.</translation>
    </message>
    <message>
        <source>Backup schedule saved.</source>
        <translation>Programación de copias guardada.</translation>
    </message>
    <message>
        <source>Where should the backup go?</source>
        <translation>¿Dónde se guarda la copia?</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Copia guardada en {path}</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo la copia…</translation>
    </message>
    <message>
        <source>CollabDesk backups (*.cdbackup);;All files (*)</source>
        <translation>Copias de CollabDesk (*.cdbackup);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Sign in as it was when the backup was made (leave the user name empty to use the recovery code).</source>
        <translation>Entre como se hacía cuando se hizo la copia (deje vacío el nombre de usuario para usar el código de recuperación).</translation>
    </message>
    <message>
        <source>The backup has problems: {problems}</source>
        <translation>La copia tiene problemas: {problems}</translation>
    </message>
    <message>
        <source>The backup from {when} is complete and readable: {clients} clients, {cases} cases.</source>
        <translation>La copia del {when} está completa y se puede leer: {clients} clientes, {cases} casos.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Comprobando la copia…</translation>
    </message>
    <message>
        <source>Replace the data on this laptop with the backup? Changes made since the backup that have not reached the hub will be lost. The current files are kept in the backups folder. You will sign in again.</source>
        <translation>¿Sustituir los datos de este portátil por la copia? Se perderán los cambios hechos desde la copia que no hayan llegado al servidor central. Los archivos actuales se guardan en la carpeta de copias. Tendrá que volver a entrar.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>The backup was restored. Sign in again.</source>
        <translation>Se restauró la copia. Vuelva a entrar.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Bloquear tras minutos sin uso</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The laptop's language</source>
        <translation>El idioma del portátil</translation>
    </message>
    <message>
        <source>Which cases workers see</source>
        <translation>Qué casos ven los trabajadores</translation>
    </message>
    <message>
        <source>All cases of the agency</source>
        <translation>Todos los casos de la entidad</translation>
    </message>
    <message>
        <source>Only cases assigned to them</source>
        <translation>Solo los casos que tienen asignados</translation>
    </message>
    <message>
        <source>Smallest count shown in reports</source>
        <translation>Cifra más pequeña que se muestra en los informes</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>The laptop's time zone</source>
        <translation>La zona horaria del portátil</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar ajustes</translation>
    </message>
    <message>
        <source>Settings status</source>
        <translation>Estado de los ajustes</translation>
    </message>
    <message>
        <source>Lock after &amp;no use for:</source>
        <translation>Bloquear tras &amp;inactividad de:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Workers see:</source>
        <translation>Los &amp;trabajadores ven:</translation>
    </message>
    <message>
        <source>&amp;Hide report counts below:</source>
        <translation>&amp;Ocultar en informes las cifras menores de:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Unknown time zone; pick one from the list.</source>
        <translation>Zona horaria desconocida; elija una de la lista.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Ajustes guardados.</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>Primer administrador</translation>
    </message>
    <message>
        <source>The administrator adds the other workers and makes backups. You can give yourself more roles later.</source>
        <translation>El administrador añade a los demás trabajadores y hace las copias de seguridad. Más adelante puede asignarse otros roles.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>for example: maria.lopez</source>
        <translation>por ejemplo: maria.lopez</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>A user name is 2–40 letters, digits, dots, dashes or underscores.</source>
        <translation>Un nombre de usuario tiene de 2 a 40 letras, cifras, puntos, guiones o guiones bajos.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nombre visible:</translation>
    </message>
</context>
<context>
    <name>AgencyFieldsPanel</name>
    <message>
        <source>Agency fields</source>
        <translation>Campos de la entidad</translation>
    </message>
    <message>
        <source>No agency fields recorded.</source>
        <translation>No hay campos de la entidad registrados.</translation>
    </message>
    <message>
        <source>Edit: %1</source>
        <translation>Editar: %1</translation>
    </message>
    <message>
        <source>Fill in: %1</source>
        <translation>Rellenar: %1</translation>
    </message>
</context>
<context>
    <name>AgencyPage</name>
    <message>
        <source>Welcome to CollabDesk</source>
        <translation>Bienvenido a CollabDesk</translation>
    </message>
    <message>
        <source>This laptop will keep your agency's cases in an encrypted store. First, what is the agency called?</source>
        <translation>Este portátil guardará los casos de su entidad en un almacén cifrado. Primero, ¿cómo se llama la entidad?</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>Nombre de la entidad</translation>
    </message>
    <message>
        <source>&amp;Agency name:</source>
        <translation>Nombre de la &amp;entidad:</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Demo agency with made-up clients. Demo users and passphrases:</source>
        <translation>Entidad de demostración con clientes inventados. Usuarios y frases de contraseña de demostración:</translation>
    </message>
    <message>
        <source>Building the demo agency…</source>
        <translation>Creando la entidad de demostración…</translation>
    </message>
    <message>
        <source>Making up a year of casework for a demo agency. This takes a moment.</source>
        <translation>Inventando un año de trabajo de casos para una entidad de demostración. Tardará un momento.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demostración</translation>
    </message>
    <message>
        <source>The demo could not be built: {error}</source>
        <translation>No se pudo crear la demostración: {error}</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Attachment {name}</source>
        <translation>Adjunto {name}</translation>
    </message>
    <message>
        <source>Image {name}</source>
        <translation>Imagen {name}</translation>
    </message>
    <message>
        <source>Text of {name}</source>
        <translation>Texto de {name}</translation>
    </message>
</context>
<context>
    <name>CaseAttachmentsPanel</name>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Añadir archivo…</translation>
    </message>
    <message>
        <source>Add an attachment</source>
        <translation>Añadir un adjunto</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the selected attachment</source>
        <translation>Abrir el adjunto seleccionado</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <source>Save a copy of the selected attachment</source>
        <translation>Guardar una copia del adjunto seleccionado</translation>
    </message>
    <message>
        <source>“{name}” is no longer there: it was moved or deleted after it was chosen. Nothing was added.</source>
        <translation>«{name}» ya no está: se movió o se eliminó después de elegirlo. No se añadió nada.</translation>
    </message>
    <message>
        <source>“{name}” cannot be read: you do not have permission to open it. Nothing was added.</source>
        <translation>No se puede leer «{name}»: no tiene permiso para abrirlo. No se añadió nada.</translation>
    </message>
    <message>
        <source>“{name}” is {size}; attachments can be at most {limit} MB. Nothing was added.</source>
        <translation>«{name}» ocupa {size}; los adjuntos pueden ocupar como máximo {limit} MB. No se añadió nada.</translation>
    </message>
    <message>
        <source>“{name}” could not be read ({reason}). Nothing was added.</source>
        <translation>No se pudo leer «{name}» ({reason}). No se añadió nada.</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Abrir adjunto</translation>
    </message>
    <message>
        <source>This kind of file cannot be shown here. Use “Save a copy…” to open it in another program; the copy is not encrypted.</source>
        <translation>Este tipo de archivo no se puede mostrar aquí. Use «Guardar una copia…» para abrirlo con otro programa; la copia no está cifrada.</translation>
    </message>
    <message>
        <source>The copy could not be saved: {reason}.</source>
        <translation>No se pudo guardar la copia: {reason}.</translation>
    </message>
    <message>
        <source>Saved a copy to {path}.</source>
        <translation>Copia guardada en {path}.</translation>
    </message>
    <message>
        <source>Your role does not allow adding attachments.</source>
        <translation>Su rol no permite añadir adjuntos.</translation>
    </message>
</context>
<context>
    <name>CaseFormsPanel</name>
    <message>
        <source> (two versions: see Conflicts)</source>
        <translation> (dos versiones: vea Conflictos)</translation>
    </message>
    <message>
        <source>Form to start</source>
        <translation>Formulario para empezar</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Form&amp;ulario:</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>Em&amp;pezar</translation>
    </message>
    <message>
        <source>Start the chosen form</source>
        <translation>Empezar el formulario elegido</translation>
    </message>
    <message>
        <source>Responses on this case</source>
        <translation>Respuestas en este caso</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>Open the selected response</source>
        <translation>Abrir la respuesta seleccionada</translation>
    </message>
    <message>
        <source>Latest scores</source>
        <translation>Últimas puntuaciones</translation>
    </message>
    <message>
        <source>No completed assessments yet.</source>
        <translation>Todavía no hay evaluaciones completadas.</translation>
    </message>
    <message>
        <source>Suggested needs</source>
        <translation>Necesidades sugeridas</translation>
    </message>
    <message>
        <source>Conf&amp;irm need</source>
        <translation>Confirmar la necesidad</translation>
    </message>
    <message>
        <source>Confirm the suggested need</source>
        <translation>Confirmar la necesidad sugerida</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the suggestion</source>
        <translation>Descartar la sugerencia</translation>
    </message>
    <message>
        <source>screening</source>
        <translation>cribado</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>evaluación</translation>
    </message>
    <message>
        <source>Latest score: %1</source>
        <translation>Última puntuación: %1</translation>
    </message>
    <message>
        <source>Score trend: %1, %2</source>
        <translation>Evolución de la puntuación: %1, %2</translation>
    </message>
    <message>
        <source>This response is sensitive: only its author and supervisors can read it.</source>
        <translation>Esta respuesta es confidencial: solo su autor y los supervisores pueden leerla.</translation>
    </message>
    <message>
        <source>Choose a suggestion first.</source>
        <translation>Elija primero una sugerencia.</translation>
    </message>
</context>
<context>
    <name>CaseNotesPanel</name>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Hidden sensitive notes</source>
        <translation>Notas confidenciales ocultas</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <source>Write a note (Ctrl+Enter adds it). Notes cannot be changed once added.</source>
        <translation>Escriba una nota (Ctrl+Intro la añade). Las notas no se pueden cambiar una vez añadidas.</translation>
    </message>
    <message>
        <source>A note cannot be empty.</source>
        <translation>Una nota no puede estar vacía.</translation>
    </message>
    <message>
        <source>Sens&amp;itive (only supervisors and you can read it)</source>
        <translation>Confidencial (solo la pueden leer &amp;usted y los supervisores)</translation>
    </message>
    <message>
        <source>Sensitive note</source>
        <translation>Nota confidencial</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>A&amp;ñadir nota</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>1 sensitive note hidden</source>
        <translation>1 nota confidencial oculta</translation>
    </message>
    <message>
        <source>{n} sensitive notes hidden</source>
        <translation>{n} notas confidenciales ocultas</translation>
    </message>
    <message>
        <source>Sensitive notes are shown only to their author and to supervisors.</source>
        <translation>Las notas confidenciales solo las ven su autor y los supervisores.</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>Ningún caso abierto</translation>
    </message>
    <message>
        <source>Assigned worker</source>
        <translation>Trabajador asignado</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Título del caso</translation>
    </message>
    <message>
        <source>Save tit&amp;le</source>
        <translation>Guardar &amp;título</translation>
    </message>
    <message>
        <source>Save the case title</source>
        <translation>Guardar el título del caso</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Estado del caso</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>Cambiar e&amp;stado</translation>
    </message>
    <message>
        <source>Change the case status</source>
        <translation>Cambiar el estado del caso</translation>
    </message>
    <message>
        <source>R&amp;eassign</source>
        <translation>&amp;Reasignar</translation>
    </message>
    <message>
        <source>Reassign the case</source>
        <translation>Reasignar el caso</translation>
    </message>
    <message>
        <source>About reassigning</source>
        <translation>Sobre la reasignación</translation>
    </message>
    <message>
        <source>Only a supervisor can reassign this case.</source>
        <translation>Solo un supervisor puede reasignar este caso.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Worker:</source>
        <translation>Trabajador:</translation>
    </message>
    <message>
        <source>Client profile</source>
        <translation>Ficha del cliente</translation>
    </message>
    <message>
        <source>Save &amp;profile</source>
        <translation>Guardar &amp;ficha</translation>
    </message>
    <message>
        <source>Save the client's profile</source>
        <translation>Guardar la ficha del cliente</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Descartar ca&amp;mbios</translation>
    </message>
    <message>
        <source>Discard the changes not saved yet</source>
        <translation>Descartar los cambios que aún no se han guardado</translation>
    </message>
    <message>
        <source>Case sections</source>
        <translation>Secciones del caso</translation>
    </message>
    <message>
        <source>Assessments and screenings</source>
        <translation>Evaluaciones y cribados</translation>
    </message>
    <message>
        <source>Assess&amp;ments</source>
        <translation>Eva&amp;luaciones</translation>
    </message>
    <message>
        <source>&amp;Needs</source>
        <translation>&amp;Necesidades</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <source>Add need…</source>
        <translation>Añadir necesidad…</translation>
    </message>
    <message>
        <source>Add a need</source>
        <translation>Añadir una necesidad</translation>
    </message>
    <message>
        <source>Edit need…</source>
        <translation>Editar necesidad…</translation>
    </message>
    <message>
        <source>Edit the selected need</source>
        <translation>Editar la necesidad seleccionada</translation>
    </message>
    <message>
        <source>Ser&amp;vices</source>
        <translation>Ser&amp;vicios</translation>
    </message>
    <message>
        <source>Services delivered</source>
        <translation>Servicios prestados</translation>
    </message>
    <message>
        <source>Record service…</source>
        <translation>Registrar servicio…</translation>
    </message>
    <message>
        <source>Record a service delivered</source>
        <translation>Registrar un servicio prestado</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation>Tar&amp;eas</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>Nueva tarea…</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation>&amp;Consentimiento</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Registrar consentimiento…</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Registrar consentimiento</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Retirar…</translation>
    </message>
    <message>
        <source>Withdraw the selected consent</source>
        <translation>Retirar el consentimiento seleccionado</translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation>&amp;Derivaciones</translation>
    </message>
    <message>
        <source>A&amp;ttachments</source>
        <translation>Ad&amp;juntos</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <source>Case: {name}</source>
        <translation>Caso: {name}</translation>
    </message>
    <message>
        <source>{status} · {n} overdue</source>
        <translation>{status} · {n} vencidas</translation>
    </message>
    <message>
        <source>Worker: {name}</source>
        <translation>Trabajador: {name}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>[Sensitive] </source>
        <translation>[Confidencial] </translation>
    </message>
    <message>
        <source>the client's profile</source>
        <translation>la ficha del cliente</translation>
    </message>
    <message>
        <source>the case title</source>
        <translation>el título del caso</translation>
    </message>
    <message>
        <source>the note being written</source>
        <translation>la nota que se estaba escribiendo</translation>
    </message>
    <message>
        <source>the answers typed into a form</source>
        <translation>las respuestas escritas en un formulario</translation>
    </message>
    <message>
        <source>Your unsaved changes from {when} were kept and are shown again: {what}. Save them, or discard them.</source>
        <translation>Sus cambios sin guardar ({when}) se conservaron y se muestran de nuevo: {what}. Guárdelos o descártelos.</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Ficha guardada.</translation>
    </message>
    <message>
        <source>Give the case a short title.</source>
        <translation>Dé al caso un título breve.</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Cerrar caso</translation>
    </message>
    <message>
        <source>Why is the case closed?</source>
        <translation>¿Por qué se cierra el caso?</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Retirar consentimiento</translation>
    </message>
    <message>
        <source>Why is the consent withdrawn?</source>
        <translation>¿Por qué se retira el consentimiento?</translation>
    </message>
</context>
<context>
    <name>CaseReferralsPanel</name>
    <message>
        <source>Referrals</source>
        <translation>Derivaciones</translation>
    </message>
    <message>
        <source>History of the selected referral</source>
        <translation>Historial de la derivación seleccionada</translation>
    </message>
    <message>
        <source>Status history:</source>
        <translation>Historial de estados:</translation>
    </message>
    <message>
        <source>Send referral…</source>
        <translation>Enviar derivación…</translation>
    </message>
    <message>
        <source>Send a referral</source>
        <translation>Enviar una derivación</translation>
    </message>
</context>
<context>
    <name>CaseloadImport</name>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Full name (split into first and last)</source>
        <translation>Nombre completo (se separa en nombre y apellidos)</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Age (gives an estimated birth year)</source>
        <translation>Edad (da un año de nacimiento estimado)</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>An identifier (named by the column)</source>
        <translation>Un identificador (con el nombre de la columna)</translation>
    </message>
    <message>
        <source>Open case: title or program</source>
        <translation>Caso abierto: título o programa</translation>
    </message>
    <message>
        <source>Open case: date opened</source>
        <translation>Caso abierto: fecha de apertura</translation>
    </message>
    <message>
        <source>Open case: need</source>
        <translation>Caso abierto: necesidad</translation>
    </message>
    <message>
        <source>Open case: worker (user name)</source>
        <translation>Caso abierto: trabajador/a (nombre de usuario)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>fila {row}</translation>
    </message>
    <message>
        <source>already registered</source>
        <translation>ya registrado</translation>
    </message>
    <message>
        <source>Every row</source>
        <translation>Todas las filas</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>Rows with errors</source>
        <translation>Filas con errores</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Deshecha</translation>
    </message>
    <message>
        <source>Can be undone</source>
        <translation>Se puede deshacer</translation>
    </message>
    <message>
        <source>{count} records changed since</source>
        <translation>{count} registros cambiados desde entonces</translation>
    </message>
</context>
<context>
    <name>CaseloadImportWizard</name>
    <message>
        <source>Import clients from a spreadsheet</source>
        <translation>Importar clientes desde una hoja de cálculo</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <source>Filter by client, case or worker…</source>
        <translation>Filtrar por cliente, caso o trabajador…</translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation>Filtrar casos</translation>
    </message>
    <message>
        <source>Which cases</source>
        <translation>Qué casos</translation>
    </message>
    <message>
        <source>Open and on hold</source>
        <translation>Abiertos y en pausa</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Number of cases</source>
        <translation>Número de casos</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>My caseload</source>
        <translation>Mis casos</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Todos los casos</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with overdue tasks</source>
        <translation>
            <numerusform>%n con tareas vencidas</numerusform>
            <numerusform>%n con tareas vencidas</numerusform>
        </translation>
    </message>
    <message>
        <source>No case matches this filter; clear it (Esc) to see all {n}.</source>
        <translation>Ningún caso coincide con este filtro; bórrelo (Esc) para ver los {n} casos.</translation>
    </message>
    <message>
        <source>No cases are assigned to you. Cases you open, or that a supervisor assigns to you, appear here; find a client under Clients to open one.</source>
        <translation>No tiene casos asignados. Aquí aparecen los casos que usted abre o que un supervisor le asigna; busque un cliente en Clientes para abrir uno.</translation>
    </message>
    <message>
        <source>The agency has no cases with this status. Choose another status above.</source>
        <translation>La entidad no tiene casos con este estado. Elija otro estado arriba.</translation>
    </message>
</context>
<context>
    <name>CaseloadPanel</name>
    <message>
        <source>Bring in the clients an agency kept in spreadsheets, with their open cases. An import can be undone as a whole until one of its records is changed.</source>
        <translation>Traiga los clientes que la agencia llevaba en hojas de cálculo, con sus casos abiertos. Una importación se puede deshacer entera mientras no se cambie ninguno de sus registros.</translation>
    </message>
    <message>
        <source>Import clients from a spreadsheet…</source>
        <translation>Importar clientes desde una hoja de cálculo…</translation>
    </message>
    <message>
        <source>Import clients from a spreadsheet</source>
        <translation>Importar clientes desde una hoja de cálculo</translation>
    </message>
    <message>
        <source>Undo the selected import</source>
        <translation>Deshacer la importación seleccionada</translation>
    </message>
    <message>
        <source>Client imports</source>
        <translation>Importaciones de clientes</translation>
    </message>
    <message>
        <source>{file} was imported: {count} new clients.</source>
        <translation>Se importó {file}: {count} clientes nuevos.</translation>
    </message>
    <message>
        <source>The import of {file} was undone.</source>
        <translation>Se deshizo la importación de {file}.</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Apellidos</translation>
    </message>
    <message>
        <source>Other &amp;names</source>
        <translation>&amp;Otros nombres</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>&amp;Fecha de nacimiento</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or DD/MM/YYYY</source>
        <translation>AAAA-MM-DD o DD/MM/AAAA</translation>
    </message>
    <message>
        <source>Date of birth as understood</source>
        <translation>Fecha de nacimiento interpretada</translation>
    </message>
    <message>
        <source>Or estimated &amp;age</source>
        <translation>O &amp;edad estimada</translation>
    </message>
    <message>
        <source>years, if the date is not known</source>
        <translation>años, si no se sabe la fecha</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>G&amp;ender</source>
        <translation>G&amp;énero</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>Di&amp;rección</translation>
    </message>
    <message>
        <source>Type the date as YYYY-MM-DD or DD/MM/YYYY.</source>
        <translation>Escriba la fecha como AAAA-MM-DD o DD/MM/AAAA.</translation>
    </message>
    <message>
        <source>Give either a date of birth or an estimated age, not both.</source>
        <translation>Indique una fecha de nacimiento o una edad estimada, no ambas.</translation>
    </message>
    <message>
        <source>The estimated age is a number of years.</source>
        <translation>La edad estimada es un número de años.</translation>
    </message>
    <message>
        <source>Understood as {date}</source>
        <translation>Interpretado como {date}</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Name, phone or date of birth…</source>
        <translation>Nombre, teléfono o fecha de nacimiento…</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <source>&amp;New intake</source>
        <translation>&amp;Nueva admisión</translation>
    </message>
    <message>
        <source>New intake</source>
        <translation>Nueva admisión</translation>
    </message>
    <message>
        <source>Register a new client (Ctrl+N)</source>
        <translation>Registrar un cliente nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import clients from a spreadsheet</source>
        <translation>Importar clientes desde una hoja de cálculo</translation>
    </message>
    <message>
        <source>Matching clients</source>
        <translation>Clientes que coinciden</translation>
    </message>
    <message>
        <source>Search result count</source>
        <translation>Número de resultados</translation>
    </message>
    <message>
        <source>Select a client to see their cases.</source>
        <translation>Seleccione un cliente para ver sus casos.</translation>
    </message>
    <message>
        <source>Cases of the selected client</source>
        <translation>Casos del cliente seleccionado</translation>
    </message>
    <message>
        <source>Cases of this client</source>
        <translation>Casos de este cliente</translation>
    </message>
    <message>
        <source>New &amp;case for this client</source>
        <translation>Nuevo &amp;caso para este cliente</translation>
    </message>
    <message>
        <source>New case for this client</source>
        <translation>Nuevo caso para este cliente</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Abrir caso</translation>
    </message>
    <message>
        <source>Open the selected case</source>
        <translation>Abrir el caso seleccionado</translation>
    </message>
    <message>
        <source>Share &amp;forms…</source>
        <translation>Compartir &amp;formularios…</translation>
    </message>
    <message>
        <source>Share the client's completed forms as a FHIR file</source>
        <translation>Compartir los formularios completados del cliente como archivo FHIR</translation>
    </message>
    <message>
        <source>What the FHIR file holds</source>
        <translation>Qué contiene el archivo FHIR</translation>
    </message>
    <message>
        <source>&lt;a href="intake"&gt;Register a new client&lt;/a&gt; (Ctrl+N).</source>
        <translation>&lt;a href="intake"&gt;Registrar un nuevo cliente&lt;/a&gt; (Ctrl+N).</translation>
    </message>
    <message>
        <source>Type a name, phone number or date of birth to find a client.</source>
        <translation>Escriba un nombre, un número de teléfono o una fecha de nacimiento para buscar un cliente.</translation>
    </message>
    <message>
        <source>No client found for “{query}”.</source>
        <translation>No se encontró ningún cliente para «{query}».</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) found</source>
        <translation>
            <numerusform>%n cliente encontrado</numerusform>
            <numerusform>%n clientes encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases of {name}</source>
        <translation>Casos de {name}</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
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
        <source>Partner</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Se va a</translation>
    </message>
    <message>
        <source>Likely the same as</source>
        <translation>Probablemente la misma persona que</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Can sign in here</source>
        <translation>Puede entrar aquí</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>Clientes nuevos</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionados</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Where used</source>
        <translation>Dónde se usa</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Detectada</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Prestado</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Who may receive</source>
        <translation>Quién puede recibirlo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Otorgado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="vanished">Enviada</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size (KB)</source>
        <translation>Tamaño (KB)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
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
        <source>partner or system</source>
        <translation>entidad o sistema</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Trabajador</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto el</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Tareas pendientes</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Tareas vencidas</translation>
    </message>
    <message>
        <source>Overdue tasks: {n}</source>
        <translation>Tareas vencidas: {n}</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Casos abiertos</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Valor actual</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Portátil</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>Post-quantum key</source>
        <translation>Clave poscuántica</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>(not in the directory)</source>
        <translation>(no está en el directorio)</translation>
    </message>
    <message>
        <source>Hub id</source>
        <translation>Identificador en el servidor</translation>
    </message>
    <message>
        <source>Pinned fingerprint</source>
        <translation>Huella fijada</translation>
    </message>
    <message>
        <source>{status} (overdue)</source>
        <translation type="vanished">{status} (vencida)</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="vanished">Urgencia</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>De</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflictos por revisar</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>Nada que revisar.</translation>
    </message>
    <message>
        <source>Conflict count</source>
        <translation>Número de conflictos</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Review the selected conflict</source>
        <translation>Revisar el conflicto seleccionado</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>&amp;Type a merged value:</source>
        <translation>&amp;Escriba un valor combinado:</translation>
    </message>
    <message>
        <source>Use a merged value</source>
        <translation>Usar un valor combinado</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Valor combinado</translation>
    </message>
    <message>
        <source>&amp;Keep this value</source>
        <translation>&amp;Conservar este valor</translation>
    </message>
    <message>
        <source>Resolve the conflict with the chosen value</source>
        <translation>Resolver el conflicto con el valor elegido</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Dismiss the refused change</source>
        <translation>Descartar el cambio rechazado</translation>
    </message>
    <message>
        <source>&amp;Apply again now</source>
        <translation>&amp;Volver a aplicar</translation>
    </message>
    <message>
        <source>Apply the refused change again</source>
        <translation>Volver a aplicar el cambio rechazado</translation>
    </message>
    <message>
        <source>Only a supervisor can review conflicts.</source>
        <translation>Solo un supervisor puede revisar los conflictos.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to review</source>
        <translation>
            <numerusform>%n elemento por revisar</numerusform>
            <numerusform>%n elementos por revisar</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an item to review it.</source>
        <translation>Seleccione un elemento para revisarlo.</translation>
    </message>
    <message>
        <source>{record} came in with a spreadsheet import that was undone, so the record is gone. These changes were made to it on another laptop before that laptop heard: {changes}. Enter what still matters by hand, then dismiss.</source>
        <translation>{record} llegó con una importación de hoja de cálculo que se deshizo, así que el registro ya no existe. En otro portátil se le hicieron estos cambios antes de que ese portátil lo supiera: {changes}. Anote a mano lo que siga importando y luego descarte.</translation>
    </message>
    <message>
        <source>“{field}” of {record} was changed on two laptops at about the same time. The latest change is shown now; choose the value to keep.</source>
        <translation>«{field}» de {record} se cambió en dos portátiles casi al mismo tiempo. Se muestra el cambio más reciente; elija el valor que quiere conservar.</translation>
    </message>
    <message>
        <source>{who} changed “{field}” of {record} to “{value}” on {when}, but that change was refused when the laptops' changes were put in order. It is “{current}” now.</source>
        <translation>{who} cambió «{field}» de {record} a «{value}» el {when}, pero ese cambio se rechazó al ordenar los cambios de los portátiles. Ahora es «{current}».</translation>
    </message>
    <message>
        <source>“{value}” — {who}, {when}</source>
        <translation>«{value}» — {who}, {when}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Version {n}: {value}</source>
        <translation>Versión {n}: {value}</translation>
    </message>
    <message>
        <source>Choose a version or type a merged value.</source>
        <translation>Elija una versión o escriba un valor combinado.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Registrar consentimiento</translation>
    </message>
    <message>
        <source>Any partner</source>
        <translation>Cualquier entidad</translation>
    </message>
    <message>
        <source>May share: {field}</source>
        <translation>Puede compartir: {field}</translation>
    </message>
    <message>
        <source>What may be shared</source>
        <translation>Qué se puede compartir</translation>
    </message>
    <message>
        <source>Forms whose answers may be shared</source>
        <translation>Formularios cuyas respuestas se pueden compartir</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>The consent expires</source>
        <translation>El consentimiento caduca</translation>
    </message>
    <message>
        <source>&amp;Who may receive it</source>
        <translation>&amp;Quién puede recibirlo</translation>
    </message>
    <message>
        <source>What may be &amp;shared</source>
        <translation>Qué se puede &amp;compartir</translation>
    </message>
    <message>
        <source>Choose at least one thing that may be shared.</source>
        <translation>Elija al menos un dato que se pueda compartir.</translation>
    </message>
    <message>
        <source>Completed &amp;forms</source>
        <translation>&amp;Formularios completados</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>Fi&amp;nalidad</translation>
    </message>
    <message>
        <source>&amp;How it was given</source>
        <translation>Có&amp;mo se otorgó</translation>
    </message>
    <message>
        <source>&amp;Given on</source>
        <translation>&amp;Otorgado el</translation>
    </message>
    <message>
        <source>E&amp;xpires on</source>
        <translation>Ca&amp;duca el</translation>
    </message>
    <message>
        <source>May share the answers to: {form}</source>
        <translation>Se pueden compartir las respuestas de: {form}</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>Entries {first}–{last} are missing.</source>
        <translation>Faltan las entradas {first}–{last}.</translation>
    </message>
    <message>
        <source>Entry {seq} was altered.</source>
        <translation>La entrada {seq} fue alterada.</translation>
    </message>
    <message>
        <source>Entries after {last} were removed (the log ended at {ended}).</source>
        <translation>Se eliminaron las entradas posteriores a la {last} (el registro terminaba en la {ended}).</translation>
    </message>
    <message>
        <source>Broken link: row {row} of {table} points to a {parent} record that does not exist.</source>
        <translation>Enlace roto: la fila {row} de {table} apunta a un registro de {parent} que no existe.</translation>
    </message>
    <message>
        <source>Event {seq} of the event log cannot be read: its stored contents are damaged.</source>
        <translation>El evento {seq} del registro de eventos no se puede leer: su contenido guardado está dañado.</translation>
    </message>
    <message>
        <source>Encryption check: {detail}</source>
        <translation>Comprobación del cifrado: {detail}</translation>
    </message>
    <message>
        <source>Integrity check: {detail}</source>
        <translation>Comprobación de integridad: {detail}</translation>
    </message>
    <message>
        <source>'{column_name}' should be text, not {found}, at {path}</source>
        <translation>'{column_name}' debería ser texto, no {found}, en {path}</translation>
    </message>
    <message>
        <source>'{field}' is not a field; use one of: {fields}</source>
        <translation>«{field}» no es un campo; use uno de: {fields}</translation>
    </message>
    <message>
        <source>'{key}' should be text, not {found}, at {path}</source>
        <translation>'{key}' debería ser texto, no {found}, en {path}</translation>
    </message>
    <message>
        <source>'{value}' is not a date</source>
        <translation>«{value}» no es una fecha</translation>
    </message>
    <message>
        <source>'{value}' is not a gender this import knows</source>
        <translation>«{value}» no es un género que esta importación conozca</translation>
    </message>
    <message>
        <source>'{value}' is not a need domain</source>
        <translation>«{value}» no es un ámbito de necesidad</translation>
    </message>
    <message>
        <source>'{value}' is not a number</source>
        <translation>«{value}» no es un número</translation>
    </message>
    <message>
        <source>'{value}' is not the user name of a worker here</source>
        <translation>«{value}» no es el nombre de usuario de nadie del equipo aquí</translation>
    </message>
    <message>
        <source>--map {given}: give it as "Column=field" with one of the file's columns: {columns}</source>
        <translation>--map {given}: escríbalo como "Columna=campo" con una de las columnas del archivo: {columns}</translation>
    </message>
    <message>
        <source>--workers must be at least 1.</source>
        <translation>--workers debe ser al menos 1.</translation>
    </message>
    <message>
        <source>A Task status '{status}' says nothing about a referral</source>
        <translation>Un estado de Task '{status}' no dice nada sobre una derivación</translation>
    </message>
    <message>
        <source>A case that is {current} cannot become {wanted}.</source>
        <translation>Un caso en estado {current} no puede pasar a {wanted}.</translation>
    </message>
    <message>
        <source>A device id does not match its signing key.</source>
        <translation>Un id de dispositivo no coincide con su clave de firma.</translation>
    </message>
    <message>
        <source>A device label must be 1 to 200 characters.</source>
        <translation>Una etiqueta de dispositivo debe tener de 1 a 200 caracteres.</translation>
    </message>
    <message>
        <source>A device list entry has an unknown operation or fields.</source>
        <translation>Una entrada de la lista de dispositivos tiene una operación o unos campos desconocidos.</translation>
    </message>
    <message>
        <source>A device list entry has an unsupported version.</source>
        <translation>Una entrada de la lista de dispositivos tiene una versión no admitida.</translation>
    </message>
    <message>
        <source>A device list entry is not a pair of an entry and its signature.</source>
        <translation>Una entrada de la lista de dispositivos no es un par de entrada y firma.</translation>
    </message>
    <message>
        <source>A device list entry names a malformed device id.</source>
        <translation>Una entrada de la lista de dispositivos nombra un id de dispositivo mal formado.</translation>
    </message>
    <message>
        <source>A device list entry publishes a classical agency key (suite {suite}) although the agency requires the post-quantum suite.</source>
        <translation>Una entrada de la lista de dispositivos publica una clave de entidad clásica (suite {suite}) aunque la entidad exige la suite poscuántica.</translation>
    </message>
    <message>
        <source>A device list entry publishes a malformed post-quantum key.</source>
        <translation>Una entrada de la lista de dispositivos publica una clave poscuántica mal formada.</translation>
    </message>
    <message>
        <source>A device list entry publishes a post-quantum key that its signer does not own.</source>
        <translation>Una entrada de la lista de dispositivos publica una clave poscuántica que no pertenece a quien la firma.</translation>
    </message>
    <message>
        <source>A device list entry publishes a second post-quantum key for a laptop.</source>
        <translation>Una entrada de la lista de dispositivos publica una segunda clave poscuántica para un portátil.</translation>
    </message>
    <message>
        <source>A device list entry requires the post-quantum suite while a laptop of the agency has no post-quantum key.</source>
        <translation>Una entrada de la lista de dispositivos exige la suite poscuántica mientras un portátil de la entidad no tiene clave poscuántica.</translation>
    </message>
    <message>
        <source>A device list entry sets the post-quantum policy to a value other than true.</source>
        <translation>Una entrada de la lista de dispositivos fija la política poscuántica en un valor distinto de «true».</translation>
    </message>
    <message>
        <source>A device may only pull its own agency's mailbox.</source>
        <translation>Un dispositivo solo puede recibir del buzón de su propia entidad.</translation>
    </message>
    <message>
        <source>A device was revoked; the agency key must be rotated first.</source>
        <translation>Se revocó un dispositivo; primero hay que rotar la clave de la entidad.</translation>
    </message>
    <message>
        <source>A form in the framework must be an object with a "questionnaire".</source>
        <translation>Cada formulario del marco debe ser un objeto con un "questionnaire".</translation>
    </message>
    <message>
        <source>A form is used for one of: {uses}.</source>
        <translation>Un formulario se usa para uno de estos fines: {uses}.</translation>
    </message>
    <message>
        <source>A laptop cannot remove itself; do it from another active laptop of the agency.</source>
        <translation>Un portátil no puede quitarse a sí mismo; hágalo desde otro portátil activo de la entidad.</translation>
    </message>
    <message>
        <source>A laptop was removed and the agency key is not rotated yet; remove it again from an active laptop first.</source>
        <translation>Se quitó un portátil y la clave de la entidad aún no se ha rotado; vuelva a quitarlo desde un portátil activo.</translation>
    </message>
    <message>
        <source>A need has no field {key!r}.</source>
        <translation>Una necesidad no tiene el campo {key!r}.</translation>
    </message>
    <message>
        <source>A network form's use {use!r} is not one of {uses}.</source>
        <translation>El uso {use!r} de un formulario de la red no es uno de {uses}.</translation>
    </message>
    <message>
        <source>A new version of a response must answer the same form.</source>
        <translation>Una nueva versión de una respuesta debe corresponder al mismo formulario.</translation>
    </message>
    <message>
        <source>A note cannot be empty.</source>
        <translation>Una nota no puede estar vacía.</translation>
    </message>
    <message>
        <source>A partner answered a referral that is not on this laptop.</source>
        <translation>Una entidad respondió a una derivación que no está en este portátil.</translation>
    </message>
    <message>
        <source>A partner needs a name.</source>
        <translation>Una entidad necesita un nombre.</translation>
    </message>
    <message>
        <source>A partner sent a referral whose id is already in use here; it was refused.</source>
        <translation>Una entidad envió una derivación cuyo id ya se usa aquí; se rechazó.</translation>
    </message>
    <message>
        <source>A partner tried to change the state of a referral it sent us; only withdrawing it is theirs to do.</source>
        <translation>Una entidad intentó cambiar el estado de una derivación que nos envió; solo le corresponde retirarla.</translation>
    </message>
    <message>
        <source>A phone number needs at least 6 digits.</source>
        <translation>Un número de teléfono necesita al menos 6 dígitos.</translation>
    </message>
    <message>
        <source>A rate needs 0 &lt;= numerator &lt;= denominator (got {numerator}/{denominator}).</source>
        <translation>Una tasa necesita 0 &lt;= numerador &lt;= denominador (se dio {numerator}/{denominator}).</translation>
    </message>
    <message>
        <source>A recipient's agency public key is malformed.</source>
        <translation>La clave pública de entidad de un destinatario está mal formada.</translation>
    </message>
    <message>
        <source>A recovery code has {length} letters and digits; this one has {count}.</source>
        <translation>Un código de recuperación tiene {length} letras y dígitos; este tiene {count}.</translation>
    </message>
    <message>
        <source>A referral that is {current} cannot become {wanted}.</source>
        <translation>Una derivación en estado {current} no puede pasar a {wanted}.</translation>
    </message>
    <message>
        <source>A resource has no file path</source>
        <translation>Un recurso no tiene ruta de archivo</translation>
    </message>
    <message>
        <source>A secure connection to the hub could not be made (its certificate is not trusted, or has expired, or something on the network intercepts it); nothing was sent. Ask the hub operator.</source>
        <translation>No se pudo establecer una conexión segura con el servidor central (su certificado no es de confianza o ha caducado, o algo en la red la intercepta); no se envió nada. Consulte al operador del servidor central.</translation>
    </message>
    <message>
        <source>A service cannot be recorded in the future.</source>
        <translation>No se puede registrar un servicio en el futuro.</translation>
    </message>
    <message>
        <source>A service needs a name.</source>
        <translation>Un servicio necesita un nombre.</translation>
    </message>
    <message>
        <source>A slot entry is not an object.</source>
        <translation>Una entrada de ranura no es un objeto.</translation>
    </message>
    <message>
        <source>A snapshot id is 32 lowercase hex digits.</source>
        <translation>Un id de instantánea son 32 dígitos hexadecimales en minúscula.</translation>
    </message>
    <message>
        <source>A store already exists at {path}; refusing to overwrite it.</source>
        <translation>Ya hay datos en {path}; no se sobrescribirán.</translation>
    </message>
    <message>
        <source>A store id must be non-empty text of at most 200 characters.</source>
        <translation>Un id de datos debe ser un texto no vacío de como máximo 200 caracteres.</translation>
    </message>
    <message>
        <source>A store key must be {size} bytes.</source>
        <translation>Una clave de datos debe tener {size} bytes.</translation>
    </message>
    <message>
        <source>A store key rotation is unfinished; open the store once to complete it first.</source>
        <translation>Hay una rotación de la clave de los datos sin terminar; abra los datos una vez para completarla.</translation>
    </message>
    <message>
        <source>A suggestion has no condition.</source>
        <translation>Una sugerencia no tiene condición.</translation>
    </message>
    <message>
        <source>A suggestion's domain must be one of {domains}, not {domain}.</source>
        <translation>El ámbito de una sugerencia debe ser uno de estos: {domains} (no {domain}).</translation>
    </message>
    <message>
        <source>A suggestion's severity must be one of {severities}, not {severity}.</source>
        <translation>La gravedad de una sugerencia debe ser una de estas: {severities} (no {severity}).</translation>
    </message>
    <message>
        <source>A user name is 2–40 letters, digits, dots, dashes or underscores.</source>
        <translation>Un nombre de usuario tiene de 2 a 40 letras, dígitos, puntos, guiones o guiones bajos.</translation>
    </message>
    <message>
        <source>A user name is needed for the key slot.</source>
        <translation>Se necesita un nombre de usuario para la ranura de clave.</translation>
    </message>
    <message>
        <source>A user name must be at most 100 printable characters.</source>
        <translation>Un nombre de usuario debe tener como máximo 100 caracteres imprimibles.</translation>
    </message>
    <message>
        <source>A variable has no usable name ({name}).</source>
        <translation>Una variable no tiene un nombre utilizable ({name}).</translation>
    </message>
    <message>
        <source>A vault already exists at {path}; it was not overwritten.</source>
        <translation>Ya existe una bóveda en {path}; no se sobrescribió.</translation>
    </message>
    <message>
        <source>A wrapped key has the wrong size for its suite.</source>
        <translation>Una clave envuelta tiene un tamaño incorrecto para su conjunto de cifrado.</translation>
    </message>
    <message>
        <source>About the person referred</source>
        <translation>Sobre la persona derivada</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Age consistent with estimated birth year</source>
        <translation>Edad compatible con el año de nacimiento estimado</translation>
    </message>
    <message>
        <source>Agency fields are filled on a client's profile.</source>
        <translation>Los campos de la entidad se rellenan en la ficha del cliente.</translation>
    </message>
    <message>
        <source>Agency key epoch {epoch} is out of order; epoch {expected} was expected.</source>
        <translation>La época {epoch} de la clave de la entidad está fuera de orden; se esperaba la época {expected}.</translation>
    </message>
    <message>
        <source>Agency key suite {suite!r} is not supported.</source>
        <translation>El conjunto de cifrado {suite!r} de la clave de la entidad no es compatible.</translation>
    </message>
    <message>
        <source>Agency {agency_id} removed a laptop and has not published its new key yet; nothing is sealed to it until then.</source>
        <translation>La entidad {agency_id} quitó un portátil y aún no ha publicado su nueva clave; hasta entonces no se le sella nada.</translation>
    </message>
    <message>
        <source>Ages differ by about {years} years</source>
        <translation>Las edades difieren en unos {years} años</translation>
    </message>
    <message>
        <source>Ages differ by {years} years</source>
        <translation>Las edades difieren en {years} años</translation>
    </message>
    <message>
        <source>Already exists.</source>
        <translation>Ya existe.</translation>
    </message>
    <message>
        <source>An agency named {name!r} already exists (id {agency_id}).</source>
        <translation>Ya existe una entidad llamada {name!r} (id {agency_id}).</translation>
    </message>
    <message>
        <source>An agency public key is malformed.</source>
        <translation>Una clave pública de entidad está mal formada.</translation>
    </message>
    <message>
        <source>An entry of the agency's device list is malformed.</source>
        <translation>Una entrada de la lista de dispositivos de la entidad está mal formada.</translation>
    </message>
    <message>
        <source>An entry of the device list belongs to a different agency.</source>
        <translation>Una entrada de la lista de dispositivos pertenece a otra entidad.</translation>
    </message>
    <message>
        <source>An entry of the device list does not link to the one before it.</source>
        <translation>Una entrada de la lista de dispositivos no enlaza con la anterior.</translation>
    </message>
    <message>
        <source>An entry of the device list has an invalid signature.</source>
        <translation>Una entrada de la lista de dispositivos tiene una firma no válida.</translation>
    </message>
    <message>
        <source>An entry of the device list is signed by a device not on the list.</source>
        <translation>Una entrada de la lista de dispositivos está firmada por un dispositivo que no está en la lista.</translation>
    </message>
    <message>
        <source>An entry of the device list is signed by a revoked device.</source>
        <translation>Una entrada de la lista de dispositivos está firmada por un dispositivo revocado.</translation>
    </message>
    <message>
        <source>An epoch entry must name its signer as the device.</source>
        <translation>Una entrada de época debe nombrar a su firmante como dispositivo.</translation>
    </message>
    <message>
        <source>An expression has no text.</source>
        <translation>Una expresión no tiene texto.</translation>
    </message>
    <message>
        <source>An expression is empty.</source>
        <translation>Una expresión está vacía.</translation>
    </message>
    <message>
        <source>An expression is longer than {limit} characters.</source>
        <translation>Una expresión tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <source>An item has no linkId (under {parent}).</source>
        <translation>Un elemento no tiene linkId (dentro de {parent}).</translation>
    </message>
    <message>
        <source>An item has no linkId.</source>
        <translation>Un elemento no tiene linkId.</translation>
    </message>
    <message>
        <source>An item is not a JSON object.</source>
        <translation>Un elemento no es un objeto JSON.</translation>
    </message>
    <message>
        <source>An item of the response has no linkId.</source>
        <translation>Un elemento de la respuesta no tiene linkId.</translation>
    </message>
    <message>
        <source>Answer at least one question in this group.</source>
        <translation>Responda al menos una pregunta de este grupo.</translation>
    </message>
    <message>
        <source>Ask {partner} what became of the referral {code}</source>
        <translation>Preguntar a {partner} qué pasó con la derivación {code}</translation>
    </message>
    <message>
        <source>Assessments and screenings are filled on a case.</source>
        <translation>Las valoraciones y los cribados se rellenan en un caso.</translation>
    </message>
    <message>
        <source>Attachments can be at most {megabytes} MB.</source>
        <translation>Los adjuntos pueden ocupar como máximo {megabytes} MB.</translation>
    </message>
    <message>
        <source>Before the start.</source>
        <translation>Antes del inicio.</translation>
    </message>
    <message>
        <source>CQL expressions</source>
        <translation>expresiones CQL</translation>
    </message>
    <message>
        <source>CQL libraries</source>
        <translation>bibliotecas CQL</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelado; no se cambió nada.</translation>
    </message>
    <message>
        <source>Cannot create the hub data folder {data_dir}: {exc}</source>
        <translation>No se puede crear la carpeta de datos del servidor central {data_dir}: {exc}</translation>
    </message>
    <message>
        <source>Cannot read the duration {text!r}: use a number with s, m, h, d or w (e.g. 24h).</source>
        <translation>No se puede leer la duración {text!r}: use un número con s, m, h, d o w (p. ej. 24h).</translation>
    </message>
    <message>
        <source>Cannot read {path}: {problem}.</source>
        <translation>No se puede leer {path}: {problem}.</translation>
    </message>
    <message>
        <source>Cannot use the vault file {path}. {exc}</source>
        <translation>No se puede usar el archivo de bóveda {path}. {exc}</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Cuidado infantil</translation>
    </message>
    <message>
        <source>Choose a passphrase; it cannot be empty.</source>
        <translation>Elija una frase de contraseña; no puede estar vacía.</translation>
    </message>
    <message>
        <source>Choose a password of at least {minimum} characters.</source>
        <translation>Elija una contraseña de al menos {minimum} caracteres.</translation>
    </message>
    <message>
        <source>Choose one or more roles: {roles}.</source>
        <translation>Elija uno o varios roles: {roles}.</translation>
    </message>
    <message>
        <source>Choose the folder that holds datapackage.json (or a .zip of it), not a single CSV file</source>
        <translation>Elija la carpeta que contiene datapackage.json (o un .zip de ella), no un solo archivo CSV</translation>
    </message>
    <message>
        <source>Client declined</source>
        <translation type="vanished">El cliente no aceptó</translation>
    </message>
    <message>
        <source>Client unreachable</source>
        <translation type="vanished">Cliente ilocalizable</translation>
    </message>
    <message>
        <source>Could not migrate the hub database: {exc}</source>
        <translation>No se pudo migrar la base de datos del servidor central: {exc}</translation>
    </message>
    <message>
        <source>Could not read the vault file {path}: {strerror}.</source>
        <translation>No se pudo leer el archivo de bóveda {path}: {strerror}.</translation>
    </message>
    <message>
        <source>Could not save the vault file {path} ({problem}); nothing was changed.</source>
        <translation>No se pudo guardar el archivo de bóveda {path} ({problem}); no se cambió nada.</translation>
    </message>
    <message>
        <source>Could not talk to the hub at {base_url}: {problem}.</source>
        <translation type="vanished">No se pudo comunicar con el servidor central en {base_url}: {problem}.</translation>
    </message>
    <message>
        <source>Could not write the vault file {path}: {strerror}.</source>
        <translation>No se pudo escribir el archivo de bóveda {path}: {strerror}.</translation>
    </message>
    <message>
        <source>Date of birth differs by one digit ({mine} / {theirs})</source>
        <translation>La fecha de nacimiento difiere en un dígito ({mine} / {theirs})</translation>
    </message>
    <message>
        <source>Day and month of birth swapped</source>
        <translation>Día y mes de nacimiento intercambiados</translation>
    </message>
    <message>
        <source>Device keys are needed to enrol.</source>
        <translation>Se necesitan claves de dispositivo para registrarse.</translation>
    </message>
    <message>
        <source>Device list entry field {key!r} has the wrong size.</source>
        <translation>El campo {key!r} de una entrada de la lista de dispositivos tiene un tamaño incorrecto.</translation>
    </message>
    <message>
        <source>Device list entry field {key!r} is not a whole number.</source>
        <translation>El campo {key!r} de una entrada de la lista de dispositivos no es un número entero.</translation>
    </message>
    <message>
        <source>Device list entry field {key!r} is not base64.</source>
        <translation>El campo {key!r} de una entrada de la lista de dispositivos no es base64.</translation>
    </message>
    <message>
        <source>Device list entry {seq} arrived where entry {expected} was expected (a gap, a repeat or a fork).</source>
        <translation>La entrada {seq} de la lista de dispositivos llegó donde se esperaba la entrada {expected} (un hueco, una repetición o una bifurcación).</translation>
    </message>
    <message>
        <source>Device list entry {seq} has an invalid signature.</source>
        <translation>La entrada {seq} de la lista de dispositivos tiene una firma no válida.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="vanished">Duplicado</translation>
    </message>
    <message>
        <source>Each resource must be an object</source>
        <translation>Cada recurso debe ser un objeto</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Empleo</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Escriba una frase de contraseña.</translation>
    </message>
    <message>
        <source>Enter at least a given name or a family name.</source>
        <translation>Escriba al menos un nombre o un apellido.</translation>
    </message>
    <message>
        <source>Expected HSDS organizations or services at {path}, {found}</source>
        <translation>Se esperaban organizaciones o servicios HSDS en {path}, {found}</translation>
    </message>
    <message>
        <source>Expected a list at {path}, found {found}</source>
        <translation>Se esperaba una lista en {path}; se encontró {found}</translation>
    </message>
    <message>
        <source>Expected a list of rows for {name}, found {found}</source>
        <translation>Se esperaba una lista de filas para {name}; se encontró {found}</translation>
    </message>
    <message>
        <source>Expected an HSDS organization, service or a list of them, found {found}</source>
        <translation>Se esperaba una organización o un servicio HSDS, o una lista de ellos; se encontró {found}</translation>
    </message>
    <message>
        <source>Expected an HSDS package folder, a datapackage.json, a .zip or a .json file</source>
        <translation>Se esperaba una carpeta de paquete HSDS, un datapackage.json, un .zip o un archivo .json</translation>
    </message>
    <message>
        <source>Expected an object at {path}, found {found}</source>
        <translation>Se esperaba un objeto en {path}; se encontró {found}</translation>
    </message>
    <message>
        <source>Expected an object at {path}[{i}], found {found}</source>
        <translation>Se esperaba un objeto en {path}[{i}]; se encontró {found}</translation>
    </message>
    <message>
        <source>Expected an object at {where}, found {found}</source>
        <translation>Se esperaba un objeto en {where}; se encontró {found}</translation>
    </message>
    <message>
        <source>Export as one of: {formats} (not {fmt!r}).</source>
        <translation>Exporte en uno de estos formatos: {formats} (no {fmt!r}).</translation>
    </message>
    <message>
        <source>Fair: one or two more unrelated words would make it strong.</source>
        <translation>Aceptable: una o dos palabras más sin relación la harían fuerte.</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Field key_generation is malformed.</source>
        <translation>El campo key_generation está mal formado.</translation>
    </message>
    <message>
        <source>Field slots is missing.</source>
        <translation>Falta el campo slots.</translation>
    </message>
    <message>
        <source>Field {name} has {count} bytes, expected {size}.</source>
        <translation>El campo {name} tiene {count} bytes; se esperaban {size}.</translation>
    </message>
    <message>
        <source>Field {name} is missing or not text.</source>
        <translation>El campo {name} falta o no es texto.</translation>
    </message>
    <message>
        <source>Field {name} is not valid base64.</source>
        <translation>El campo {name} no es base64 válido.</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Alimentación</translation>
    </message>
    <message>
        <source>Gender must be one of: {genders}.</source>
        <translation>El género debe ser uno de estos: {genders}.</translation>
    </message>
    <message>
        <source>Give both --ssl-certfile and --ssl-keyfile, or neither.</source>
        <translation>Indique --ssl-certfile y --ssl-keyfile, o ninguno de los dos.</translation>
    </message>
    <message>
        <source>Give the agency a name and the first administrator a user name.</source>
        <translation>Dé un nombre a la entidad y un nombre de usuario al primer administrador.</translation>
    </message>
    <message>
        <source>Give the case a short title.</source>
        <translation>Dé al caso un título breve.</translation>
    </message>
    <message>
        <source>Give the month as YYYY-MM, for example 2026-10.</source>
        <translation>Indique el mes como AAAA-MM, por ejemplo 2026-10.</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <source>In the future.</source>
        <translation>En el futuro.</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Invalid.</source>
        <translation>No válido.</translation>
    </message>
    <message>
        <source>It is not a CollabDesk vault file (not JSON).</source>
        <translation>No es un archivo de bóveda de CollabDesk (no es JSON).</translation>
    </message>
    <message>
        <source>It is not a CollabDesk vault file.</source>
        <translation>No es un archivo de bóveda de CollabDesk.</translation>
    </message>
    <message>
        <source>It is {current} now and cannot become {wanted}.</source>
        <translation>Ahora está en {current} y no puede pasar a {wanted}.</translation>
    </message>
    <message>
        <source>It was written by a newer CollabDesk (vault format {version}); upgrade CollabDesk to open it.</source>
        <translation>Lo escribió una versión más reciente de CollabDesk (formato de bóveda {version}); actualice CollabDesk para abrirlo.</translation>
    </message>
    <message>
        <source>Key derivation memory is too small for the number of lanes.</source>
        <translation>La memoria de derivación de clave es demasiado pequeña para el número de carriles.</translation>
    </message>
    <message>
        <source>Key derivation parameter {name} must be a whole number.</source>
        <translation>El parámetro de derivación de clave {name} debe ser un número entero.</translation>
    </message>
    <message>
        <source>Key derivation parameter {name}={value} is above the maximum {high}; the vault file may be damaged. Restore it from a backup.</source>
        <translation>El parámetro de derivación de clave {name}={value} supera el máximo {high}; puede que el archivo de bóveda esté dañado. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Key derivation parameter {name}={value} is below the minimum {low}; the vault file may have been tampered with. Restore it from a backup.</source>
        <translation>El parámetro de derivación de clave {name}={value} está por debajo del mínimo {low}; puede que alguien haya manipulado el archivo de bóveda. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Key derivation parameters are malformed.</source>
        <translation>Los parámetros de derivación de clave están mal formados.</translation>
    </message>
    <message>
        <source>Key slot {label!r} ({slot_id}) was not made by CollabDesk for this store; someone edited the vault file. Remove that slot before changing passphrases or keys.</source>
        <translation>La ranura de clave {label!r} ({slot_id}) no la creó CollabDesk para estos datos; alguien editó el archivo de bóveda. Quite esa ranura antes de cambiar frases de contraseña o claves.</translation>
    </message>
    <message>
        <source>Key slot {slot_id} has no pending key; cannot finish.</source>
        <translation>La ranura de clave {slot_id} no tiene clave pendiente; no se puede terminar.</translation>
    </message>
    <message>
        <source>Key slot {slot_id} is damaged. Restore the vault from a backup.</source>
        <translation>La ranura de clave {slot_id} está dañada. Restaure la bóveda desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Key slot {slot_id} was altered. Restore the vault from a backup or use another slot.</source>
        <translation>La ranura de clave {slot_id} fue alterada. Restaure la bóveda desde una copia de seguridad o use otra ranura.</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Jurídico</translation>
    </message>
    <message>
        <source>Link the referral to an existing client or create one.</source>
        <translation>Vincule la derivación a un cliente existente o cree uno.</translation>
    </message>
    <message>
        <source>Linked figures disagree: {first} is {first_value} but {second} is {second_value}. Link only tables that count the same people with the same categories.</source>
        <translation>Las cifras vinculadas no coinciden: {first} es {first_value} pero {second} es {second_value}. Vincule solo tablas que cuenten a las mismas personas con las mismas categorías.</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Salud mental</translation>
    </message>
    <message>
        <source>No CollabDesk store in {data_dir}. Run 'collabdesk init' first.</source>
        <translation>No hay datos de CollabDesk en {data_dir}. Ejecute primero 'collabdesk init'.</translation>
    </message>
    <message>
        <source>No active user called {username}.</source>
        <translation>No hay ningún usuario activo llamado {username}.</translation>
    </message>
    <message>
        <source>No agency {agency!r} on this hub (see 'agency list').</source>
        <translation>No hay ninguna entidad {agency!r} en este servidor central (vea 'agency list').</translation>
    </message>
    <message>
        <source>No capacity</source>
        <translation type="vanished">Sin capacidad</translation>
    </message>
    <message>
        <source>No device {device_id!r} on this hub (see 'device list').</source>
        <translation>No hay ningún dispositivo {device_id!r} en este servidor central (vea 'device list').</translation>
    </message>
    <message>
        <source>No key rotation is in progress.</source>
        <translation>No hay ninguna rotación de clave en curso.</translation>
    </message>
    <message>
        <source>No laptop with that id is waiting for approval in this agency.</source>
        <translation>Ningún portátil con ese id espera aprobación en esta entidad.</translation>
    </message>
    <message>
        <source>No operator called {name!r}.</source>
        <translation>No hay ningún operador llamado {name!r}.</translation>
    </message>
    <message>
        <source>No parts of that snapshot are here.</source>
        <translation>No hay partes de esa instantánea aquí.</translation>
    </message>
    <message>
        <source>No passphrase given: use --passphrase-file or set COLLABDESK_PASSPHRASE.</source>
        <translation>No se dio ninguna frase de contraseña: use --passphrase-file o defina COLLABDESK_PASSPHRASE.</translation>
    </message>
    <message>
        <source>No store found at {path}.</source>
        <translation>No se encontraron datos en {path}.</translation>
    </message>
    <message>
        <source>No such agency on this hub.</source>
        <translation>No existe esa entidad en este servidor central.</translation>
    </message>
    <message>
        <source>No such mailbox on this hub.</source>
        <translation>No existe ese buzón en este servidor central.</translation>
    </message>
    <message>
        <source>No user named {label!r} can unlock the store on this computer.</source>
        <translation>Ningún usuario llamado {label!r} puede desbloquear los datos en este ordenador.</translation>
    </message>
    <message>
        <source>No vault file at {path}. Restore it from a backup, or set this computer up again.</source>
        <translation>No hay archivo de bóveda en {path}. Restáurelo desde una copia de seguridad o vuelva a configurar este ordenador.</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>No binario</translation>
    </message>
    <message>
        <source>None of the {count} envelope(s) in {name} is addressed to this agency's mailbox ({own}); they are for another agency. Import the bundle on a laptop of that agency.</source>
        <translation>Ninguno de los {count} sobre(s) de {name} va dirigido al buzón de esta entidad ({own}); son para otra entidad. Importe el paquete en un portátil de esa entidad.</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="vanished">No cumple los requisitos</translation>
    </message>
    <message>
        <source>Only a referral from a partner can be accepted here.</source>
        <translation>Aquí solo se puede aceptar una derivación de otra entidad.</translation>
    </message>
    <message>
        <source>Only a whole calendar month can be submitted to the hub; pick a month rather than a date range.</source>
        <translation>Solo se puede enviar al servidor central un mes natural completo; elija un mes en lugar de un intervalo de fechas.</translation>
    </message>
    <message>
        <source>Only active devices of this agency may do that.</source>
        <translation>Solo los dispositivos activos de esta entidad pueden hacerlo.</translation>
    </message>
    <message>
        <source>Organization id '{org_id}' is used twice with different names (first at {path})</source>
        <translation>El id de organización '{org_id}' se usa dos veces con nombres distintos (la primera en {path})</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Out of area</source>
        <translation type="vanished">Fuera de la zona</translation>
    </message>
    <message>
        <source>Declined: client declined</source>
        <translation>Rechazada: el cliente no aceptó</translation>
    </message>
    <message>
        <source>Declined: client unreachable</source>
        <translation>Rechazada: cliente ilocalizable</translation>
    </message>
    <message>
        <source>Declined: duplicate</source>
        <translation>Rechazada: duplicado</translation>
    </message>
    <message>
        <source>Declined: no capacity</source>
        <translation>Rechazada: sin capacidad</translation>
    </message>
    <message>
        <source>Declined: not eligible</source>
        <translation>Rechazada: no cumple los requisitos</translation>
    </message>
    <message>
        <source>Declined: other</source>
        <translation>Rechazada: otro motivo</translation>
    </message>
    <message>
        <source>Declined: out of area</source>
        <translation>Rechazada: fuera de la zona</translation>
    </message>
    <message>
        <source>Different date of birth</source>
        <translation>Fecha de nacimiento distinta</translation>
    </message>
    <message>
        <source>Different family name</source>
        <translation>Apellido distinto</translation>
    </message>
    <message>
        <source>Different given name</source>
        <translation>Nombre distinto</translation>
    </message>
    <message>
        <source>Different identifier ({kinds})</source>
        <translation>Identificador distinto ({kinds})</translation>
    </message>
    <message>
        <source>Different name</source>
        <translation>Nombre distinto</translation>
    </message>
    <message>
        <source>Family name initial matches</source>
        <translation>Coincide la inicial del apellido</translation>
    </message>
    <message>
        <source>Family name is a variant of {theirs}</source>
        <translation>El apellido es una variante de {theirs}</translation>
    </message>
    <message>
        <source>Family name spelled similarly ({mine} / {theirs})</source>
        <translation>Apellido escrito de forma parecida ({mine} / {theirs})</translation>
    </message>
    <message>
        <source>Family names partly match ({theirs})</source>
        <translation>Los apellidos coinciden en parte ({theirs})</translation>
    </message>
    <message>
        <source>Field {name} has 1 byte, expected {size}.</source>
        <translation>El campo {name} tiene 1 byte; se esperaban {size}.</translation>
    </message>
    <message>
        <source>Gender recorded differently</source>
        <translation>Género registrado de forma distinta</translation>
    </message>
    <message>
        <source>Given and family names swapped</source>
        <translation>Nombre y apellido intercambiados</translation>
    </message>
    <message>
        <source>Given name initial matches</source>
        <translation>Coincide la inicial del nombre</translation>
    </message>
    <message>
        <source>Given name is a nickname of {theirs}</source>
        <translation>El nombre es un diminutivo de {theirs}</translation>
    </message>
    <message>
        <source>Given name is a variant of {theirs}</source>
        <translation>El nombre es una variante de {theirs}</translation>
    </message>
    <message>
        <source>Given name spelled similarly ({mine} / {theirs})</source>
        <translation>Nombre escrito de forma parecida ({mine} / {theirs})</translation>
    </message>
    <message>
        <source>Given names partly match ({theirs})</source>
        <translation>Los nombres coinciden en parte ({theirs})</translation>
    </message>
    <message>
        <source>Name initial matches</source>
        <translation>Coincide la inicial</translation>
    </message>
    <message>
        <source>Name is a nickname of {theirs}</source>
        <translation>El nombre es un diminutivo de {theirs}</translation>
    </message>
    <message>
        <source>Name is a variant of {theirs}</source>
        <translation>El nombre es una variante de {theirs}</translation>
    </message>
    <message>
        <source>Name spelled similarly ({mine} / {theirs})</source>
        <translation>Nombre escrito de forma parecida ({mine} / {theirs})</translation>
    </message>
    <message>
        <source>Names partly match ({theirs})</source>
        <translation>Los nombres coinciden en parte ({theirs})</translation>
    </message>
    <message>
        <source>Part {n} of the agency's snapshot cannot be read ({reason}). Update CollabDesk on the laptop that made it, make a new snapshot there, and set this laptop up again.</source>
        <translation>No se puede leer la parte {n} de la instantánea de la entidad ({reason}). Actualice CollabDesk en el portátil que la hizo, haga allí una instantánea nueva y vuelva a configurar este portátil.</translation>
    </message>
    <message>
        <source>Pick a month, or both a start and an end date.</source>
        <translation>Elija un mes, o una fecha de inicio y una de fin.</translation>
    </message>
    <message>
        <source>Pick a month.</source>
        <translation>Elija un mes.</translation>
    </message>
    <message>
        <source>Pick either a month or a start and end date, not both.</source>
        <translation>Elija un mes o una fecha de inicio y de fin, no ambas cosas.</translation>
    </message>
    <message>
        <source>Recovery codes never contain {characters}; check the printed code.</source>
        <translation>Los códigos de recuperación nunca contienen {characters}; revise el código impreso.</translation>
    </message>
    <message>
        <source>Required value 'id' is empty</source>
        <translation>El valor obligatorio 'id' está vacío</translation>
    </message>
    <message>
        <source>Required value 'name' is empty</source>
        <translation>El valor obligatorio 'name' está vacío</translation>
    </message>
    <message>
        <source>Required value '{column_name}' is empty</source>
        <translation>El valor obligatorio '{column_name}' está vacío</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
    <message>
        <source>Resources split over several files are not supported</source>
        <translation>No se admiten recursos repartidos en varios archivos</translation>
    </message>
    <message>
        <source>Restoring failed and the previous store was put back: {exc}</source>
        <translation>La restauración falló y se repusieron los datos anteriores: {exc}</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Same birth year, different day</source>
        <translation>Mismo año de nacimiento, distinto día</translation>
    </message>
    <message>
        <source>Same date of birth</source>
        <translation>Misma fecha de nacimiento</translation>
    </message>
    <message>
        <source>Same family name</source>
        <translation>Mismo apellido</translation>
    </message>
    <message>
        <source>Same given name</source>
        <translation>Mismo nombre</translation>
    </message>
    <message>
        <source>Same identifier ({kinds})</source>
        <translation>Mismo identificador ({kinds})</translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation>Mismo número de teléfono</translation>
    </message>
    <message>
        <source>Say what needs doing.</source>
        <translation>Indique qué hay que hacer.</translation>
    </message>
    <message>
        <source>Say what service was delivered.</source>
        <translation>Indique qué servicio se prestó.</translation>
    </message>
    <message>
        <source>Say who is signing in: --user NAME (or set COLLABDESK_USER).</source>
        <translation>Indique quién inicia sesión: --user NOMBRE (o defina COLLABDESK_USER).</translation>
    </message>
    <message>
        <source>Say why the referral is closed.</source>
        <translation>Indique por qué se cierra la derivación.</translation>
    </message>
    <message>
        <source>Say why the referral is declined; the partner will see it.</source>
        <translation>Indique por qué se rechaza la derivación; la entidad lo verá.</translation>
    </message>
    <message>
        <source>Service id '{service_id}' is used twice with different content (first at {first})</source>
        <translation>El id de servicio '{service_id}' se usa dos veces con contenido distinto (la primera en {first})</translation>
    </message>
    <message>
        <source>Shares family name {theirs}</source>
        <translation>Comparte el apellido {theirs}</translation>
    </message>
    <message>
        <source>Shares given name {theirs}</source>
        <translation>Comparte el nombre {theirs}</translation>
    </message>
    <message>
        <source>Shares name {theirs}</source>
        <translation>Comparte el nombre {theirs}</translation>
    </message>
    <message>
        <source>Some fields need attention: {problems}</source>
        <translation>Algunos campos necesitan atención: {problems}</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Fuerte.</translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation>Consumo de sustancias</translation>
    </message>
    <message>
        <source>Table '{name}'</source>
        <translation>Tabla '{name}'</translation>
    </message>
    <message>
        <source>Taken.</source>
        <translation>Ya está en uso.</translation>
    </message>
    <message>
        <source>That attachment is not on this laptop.</source>
        <translation>Ese adjunto no está en este portátil.</translation>
    </message>
    <message>
        <source>That case does not exist on this laptop.</source>
        <translation>Ese caso no existe en este portátil.</translation>
    </message>
    <message>
        <source>That client record does not exist on this laptop.</source>
        <translation>Ese registro de cliente no existe en este portátil.</translation>
    </message>
    <message>
        <source>That conflict was already resolved.</source>
        <translation>Ese conflicto ya se resolvió.</translation>
    </message>
    <message>
        <source>That consent does not exist.</source>
        <translation>Ese consentimiento no existe.</translation>
    </message>
    <message>
        <source>That is not the current key of this store.</source>
        <translation>No es la clave actual de estos datos.</translation>
    </message>
    <message>
        <source>That is the last key slot; removing it would make the store impossible to open.</source>
        <translation>Es la última ranura de clave; quitarla haría imposible abrir los datos.</translation>
    </message>
    <message>
        <source>That laptop is not an active device of this agency.</source>
        <translation>Ese portátil no es un dispositivo activo de esta entidad.</translation>
    </message>
    <message>
        <source>That need does not exist.</source>
        <translation>Esa necesidad no existe.</translation>
    </message>
    <message>
        <source>That part index is out of range.</source>
        <translation>Ese índice de parte está fuera de rango.</translation>
    </message>
    <message>
        <source>That partner is not in the directory.</source>
        <translation>Esa entidad no está en el directorio.</translation>
    </message>
    <message>
        <source>That passphrase is not correct for this user.</source>
        <translation>Esa frase de contraseña no es correcta para este usuario.</translation>
    </message>
    <message>
        <source>That record does not exist.</source>
        <translation>Ese registro no existe.</translation>
    </message>
    <message>
        <source>That recovery code does not unlock this store; it may have been replaced.</source>
        <translation>Ese código de recuperación no desbloquea estos datos; puede que se haya sustituido.</translation>
    </message>
    <message>
        <source>That referral is not on this laptop.</source>
        <translation>Esa derivación no está en este portátil.</translation>
    </message>
    <message>
        <source>That service is not in the partner directory.</source>
        <translation>Ese servicio no está en el directorio de entidades.</translation>
    </message>
    <message>
        <source>That snapshot id is another device's upload; start a new snapshot with a fresh id.</source>
        <translation>Ese id de instantánea es la subida de otro dispositivo; empiece una instantánea nueva con un id nuevo.</translation>
    </message>
    <message>
        <source>That snapshot is complete; it can no longer change.</source>
        <translation>Esa instantánea está completa; ya no puede cambiar.</translation>
    </message>
    <message>
        <source>That snapshot or part is not at the hub (a newer snapshot may have replaced it).</source>
        <translation>Esa instantánea o parte no está en el servidor central (puede que una instantánea más reciente la haya sustituido).</translation>
    </message>
    <message>
        <source>That status change is not on this laptop.</source>
        <translation>Ese cambio de estado no está en este portátil.</translation>
    </message>
    <message>
        <source>That task does not exist.</source>
        <translation>Esa tarea no existe.</translation>
    </message>
    <message>
        <source>That user does not exist.</source>
        <translation>Ese usuario no existe.</translation>
    </message>
    <message>
        <source>That worker does not exist or is no longer active.</source>
        <translation>Ese trabajador no existe o ya no está activo.</translation>
    </message>
    <message>
        <source>The Bundle holds no ServiceRequest (a referral) and no Task (a referral's progress)</source>
        <translation>El Bundle no contiene ningún ServiceRequest (una derivación) ni ningún Task (el avance de una derivación)</translation>
    </message>
    <message>
        <source>The Bundle holds no resources</source>
        <translation>El Bundle no contiene ningún recurso</translation>
    </message>
    <message>
        <source>The Bundle holds {count} ServiceRequests; a file carries one referral</source>
        <translation>El Bundle contiene {count} ServiceRequest; un archivo lleva una sola derivación</translation>
    </message>
    <message>
        <source>The CSV is malformed: {exc}</source>
        <translation>El CSV está mal formado: {exc}</translation>
    </message>
    <message>
        <source>The JSON is nested too deeply</source>
        <translation>El JSON está anidado a demasiada profundidad</translation>
    </message>
    <message>
        <source>The ServiceRequest's status is '{status}': nothing is requested</source>
        <translation>El estado del ServiceRequest es '{status}': no se solicita nada</translation>
    </message>
    <message>
        <source>The Task is about {reference}, which is no referral exchanged here as a FHIR file</source>
        <translation>El Task trata de {reference}, que no es ninguna derivación intercambiada aquí como archivo FHIR</translation>
    </message>
    <message>
        <source>The Task says '{status}' about a referral the clinic sent us: answering it is ours to do (the clinic may only cancel it)</source>
        <translation>El Task dice '{status}' sobre una derivación que la clínica nos envió: responderla nos toca a nosotros (la clínica solo puede cancelarla)</translation>
    </message>
    <message>
        <source>The agency has not published an agency key yet.</source>
        <translation>La entidad aún no ha publicado una clave de entidad.</translation>
    </message>
    <message>
        <source>The agency id is malformed.</source>
        <translation>El id de la entidad está mal formado.</translation>
    </message>
    <message>
        <source>The agency key grant could not be opened.</source>
        <translation>No se pudo abrir la concesión de la clave de la entidad.</translation>
    </message>
    <message>
        <source>The agency key grant is not for this device or was damaged.</source>
        <translation>La concesión de la clave de la entidad no es para este dispositivo o está dañada.</translation>
    </message>
    <message>
        <source>The agency name is longer than 200 characters.</source>
        <translation>El nombre de la entidad tiene más de 200 caracteres.</translation>
    </message>
    <message>
        <source>The agency name must not be empty.</source>
        <translation>El nombre de la entidad no puede estar vacío.</translation>
    </message>
    <message>
        <source>The agency's device list failed verification.</source>
        <translation>La lista de dispositivos de la entidad no superó la verificación.</translation>
    </message>
    <message>
        <source>The agency's device list is empty.</source>
        <translation>La lista de dispositivos de la entidad está vacía.</translation>
    </message>
    <message>
        <source>The agency's settings reach this laptop with its first sync; change them after it.</source>
        <translation>La configuración de la entidad llega a este equipo con su primera sincronización; cámbiela después.</translation>
    </message>
    <message>
        <source>The attachment needs a file name.</source>
        <translation>El adjunto necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>The backup failed its checks: {problems}</source>
        <translation>La copia de seguridad no superó sus comprobaciones: {problems}</translation>
    </message>
    <message>
        <source>The batch exceeds 64 MiB; split it into smaller ones.</source>
        <translation>El lote supera los 64 MiB; divídalo en otros más pequeños.</translation>
    </message>
    <message>
        <source>The bundle's device list forks from the one this laptop trusts.</source>
        <translation>La lista de dispositivos del paquete se bifurca de la que confía este portátil.</translation>
    </message>
    <message>
        <source>The client's consent does not cover sharing: {fields}. Remove these fields from the referral or record a wider consent.</source>
        <translation>El consentimiento del cliente no cubre compartir: {fields}. Quite esos campos de la derivación o registre un consentimiento más amplio.</translation>
    </message>
    <message>
        <source>The column '{column_name}' is missing from the header</source>
        <translation>Falta la columna '{column_name}' en el encabezado</translation>
    </message>
    <message>
        <source>The column appears twice in the header</source>
        <translation>La columna aparece dos veces en el encabezado</translation>
    </message>
    <message>
        <source>The connection to the hub was cut; nothing was lost; CollabDesk will try again.</source>
        <translation>Se cortó la conexión con el servidor central; no se perdió nada; CollabDesk volverá a intentarlo.</translation>
    </message>
    <message>
        <source>The consent is not complete.</source>
        <translation>El consentimiento no está completo.</translation>
    </message>
    <message>
        <source>The data is not a CollabDesk envelope (unknown format marker).</source>
        <translation>Los datos no son un sobre de CollabDesk (marcador de formato desconocido).</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>La fecha de nacimiento está en el futuro.</translation>
    </message>
    <message>
        <source>The date of birth is more than 120 years ago.</source>
        <translation>La fecha de nacimiento es de hace más de 120 años.</translation>
    </message>
    <message>
        <source>The device list adds a device that is already on it.</source>
        <translation>La lista de dispositivos añade un dispositivo que ya está en ella.</translation>
    </message>
    <message>
        <source>The device list adds a device that is enrolled with another agency.</source>
        <translation>La lista de dispositivos añade un dispositivo registrado en otra entidad.</translation>
    </message>
    <message>
        <source>The device list adds keys that differ from the ones this device enrolled with; compare fingerprints again.</source>
        <translation>La lista de dispositivos añade claves distintas de las que usó este dispositivo al registrarse; vuelva a comparar las huellas.</translation>
    </message>
    <message>
        <source>The device list does not start with its root device and epoch 0.</source>
        <translation>La lista de dispositivos no empieza con su dispositivo raíz y la época 0.</translation>
    </message>
    <message>
        <source>The device list has a gap, a repeated or a forked entry.</source>
        <translation>La lista de dispositivos tiene un hueco, una entrada repetida o una bifurcación.</translation>
    </message>
    <message>
        <source>The device list has an agency key out of order or of the wrong kind.</source>
        <translation>La lista de dispositivos tiene una clave de entidad fuera de orden o de un tipo incorrecto.</translation>
    </message>
    <message>
        <source>The device list revokes a device that is not active.</source>
        <translation>La lista de dispositivos revoca un dispositivo que no está activo.</translation>
    </message>
    <message>
        <source>The device list would revoke the agency's last active device.</source>
        <translation>La lista de dispositivos revocaría el último dispositivo activo de la entidad.</translation>
    </message>
    <message>
        <source>The device list's root device is not the one you confirmed.</source>
        <translation>El dispositivo raíz de la lista de dispositivos no es el que usted confirmó.</translation>
    </message>
    <message>
        <source>The device list's root entry is not this device's keys.</source>
        <translation>La entrada raíz de la lista de dispositivos no son las claves de este dispositivo.</translation>
    </message>
    <message>
        <source>The document or signature is not valid base64.</source>
        <translation>El documento o la firma no es base64 válido.</translation>
    </message>
    <message>
        <source>The duration must be longer than zero.</source>
        <translation>La duración debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>The envelope body is shorter than its auth tag.</source>
        <translation>El cuerpo del sobre es más corto que su etiqueta de autenticación.</translation>
    </message>
    <message>
        <source>The envelope could not be decrypted with this agency's key.</source>
        <translation>No se pudo descifrar el sobre con la clave de esta entidad.</translation>
    </message>
    <message>
        <source>The envelope decrypted but its contents are malformed.</source>
        <translation>El sobre se descifró pero su contenido está mal formado.</translation>
    </message>
    <message>
        <source>The envelope failed a check and was not applied.</source>
        <translation>El sobre no superó una comprobación y no se aplicó.</translation>
    </message>
    <message>
        <source>The envelope has extra bytes after its signature.</source>
        <translation>El sobre tiene bytes de más después de su firma.</translation>
    </message>
    <message>
        <source>The envelope has too many wrapped keys.</source>
        <translation>El sobre tiene demasiadas claves envueltas.</translation>
    </message>
    <message>
        <source>The envelope header exceeds 16 KiB.</source>
        <translation>El encabezado del sobre supera los 16 KiB.</translation>
    </message>
    <message>
        <source>The envelope header is malformed or not in canonical form.</source>
        <translation>El encabezado del sobre está mal formado o no está en forma canónica.</translation>
    </message>
    <message>
        <source>The envelope header is malformed: {why}.</source>
        <translation>El encabezado del sobre está mal formado: {why}.</translation>
    </message>
    <message>
        <source>The envelope header is not canonical JSON.</source>
        <translation>El encabezado del sobre no es JSON canónico.</translation>
    </message>
    <message>
        <source>The envelope is cut short; it was damaged in transit or storage.</source>
        <translation>El sobre está cortado; se dañó en tránsito o en el almacenamiento.</translation>
    </message>
    <message>
        <source>The envelope names a different sender than the key it was checked against.</source>
        <translation>El sobre nombra un remitente distinto de la clave con que se comprobó.</translation>
    </message>
    <message>
        <source>The envelope or its contents exceed the size limits of the protocol.</source>
        <translation>El sobre o su contenido superan los límites de tamaño del protocolo.</translation>
    </message>
    <message>
        <source>The envelope was addressed to a different mailbox than the one it came from.</source>
        <translation>El sobre iba dirigido a un buzón distinto de aquel del que vino.</translation>
    </message>
    <message>
        <source>The envelope's batch expands beyond 64 MiB.</source>
        <translation>El lote del sobre se expande a más de 64 MiB.</translation>
    </message>
    <message>
        <source>The envelope's compressed batch is incomplete.</source>
        <translation>El lote comprimido del sobre está incompleto.</translation>
    </message>
    <message>
        <source>The envelope's internal lengths do not match its header.</source>
        <translation>Las longitudes internas del sobre no coinciden con su encabezado.</translation>
    </message>
    <message>
        <source>The envelope's signature does not match its sender's key; it was altered or forged.</source>
        <translation>La firma del sobre no coincide con la clave de su remitente; se alteró o se falsificó.</translation>
    </message>
    <message>
        <source>The estimated age must be between 0 and 120.</source>
        <translation>La edad estimada debe estar entre 0 y 120.</translation>
    </message>
    <message>
        <source>The file could not be read: {problem}</source>
        <translation>No se pudo leer el archivo: {problem}</translation>
    </message>
    <message>
        <source>The file does not exist</source>
        <translation>El archivo no existe</translation>
    </message>
    <message>
        <source>The file is empty; a header row is expected</source>
        <translation>El archivo está vacío; se espera una fila de encabezado</translation>
    </message>
    <message>
        <source>The file is not valid JSON: {problem} (line {lineno}, column {colno})</source>
        <translation>El archivo no es JSON válido: {problem} (línea {lineno}, columna {colno})</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 text (line {line}); save it as UTF-8</source>
        <translation>El archivo no es texto UTF-8 válido (línea {line}); guárdelo como UTF-8</translation>
    </message>
    <message>
        <source>The file is {size}; files over {limit} are not imported</source>
        <translation>El archivo ocupa {size}; no se importan archivos de más de {limit}</translation>
    </message>
    <message>
        <source>The file or folder does not exist</source>
        <translation>El archivo o la carpeta no existe</translation>
    </message>
    <message>
        <source>The fingerprint does not match the one the hub has for that laptop; do not approve it.</source>
        <translation>La huella no coincide con la que tiene el servidor central para ese portátil; no lo apruebe.</translation>
    </message>
    <message>
        <source>The first row is empty; it must hold the column names</source>
        <translation>La primera fila está vacía; debe contener los nombres de las columnas</translation>
    </message>
    <message>
        <source>The folder for the hub database does not exist: {folder}</source>
        <translation>La carpeta de la base de datos del servidor central no existe: {folder}</translation>
    </message>
    <message>
        <source>The granted agency key does not match the agency's device list.</source>
        <translation>La clave de la entidad concedida no coincide con la lista de dispositivos de la entidad.</translation>
    </message>
    <message>
        <source>The hub already knows this laptop, but not which agency it enrolled with; give the agency's hub id.</source>
        <translation>El servidor central ya conoce este portátil, pero no sabe con qué entidad se registró; indique el identificador de la entidad en el servidor.</translation>
    </message>
    <message>
        <source>The hub at {base_url} did not answer; this laptop will keep working offline and try again later.</source>
        <translation>El servidor central en {base_url} no respondió; este portátil seguirá funcionando sin conexión y lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>The hub described a snapshot in a malformed way.</source>
        <translation type="vanished">El servidor central describió una instantánea de forma incorrecta.</translation>
    </message>
    <message>
        <source>The hub enrolled this laptop with a different agency than the one named; check the agency id and code.</source>
        <translation>El servidor central registró este portátil en una entidad distinta de la indicada; revise el id de la entidad y el código.</translation>
    </message>
    <message>
        <source>The hub had an internal problem (HTTP {status}); try again later.</source>
        <translation>El servidor central tuvo un problema interno (HTTP {status}); inténtelo más tarde.</translation>
    </message>
    <message>
        <source>The hub refused the request (HTTP {status}).</source>
        <translation>El servidor central rechazó la solicitud (HTTP {status}).</translation>
    </message>
    <message>
        <source>The hub refused this laptop's changes ({reason}); they stay here and will be sent again.</source>
        <translation>El servidor central rechazó los cambios de este portátil ({reason}); se quedan aquí y se volverán a enviar.</translation>
    </message>
    <message>
        <source>The hub sent a malformed page of envelopes.</source>
        <translation type="vanished">El servidor central envió una página de sobres mal formada.</translation>
    </message>
    <message>
        <source>The hub sent an answer that is not JSON; is this the right address?</source>
        <translation type="vanished">El servidor central envió una respuesta que no es JSON; ¿es la dirección correcta?</translation>
    </message>
    <message>
        <source>The hub sent envelopes without their data.</source>
        <translation>El servidor central envió sobres sin sus datos.</translation>
    </message>
    <message>
        <source>The key slots in {name} are damaged: {exc}</source>
        <translation type="vanished">Las ranuras de clave de {name} están dañadas: {exc}</translation>
    </message>
    <message>
        <source>CollabDesk cannot write to {folder}: the disk is read-only (a write-protected drive?). Nothing was changed. Make it writable, or choose another folder, and try again.</source>
        <translation>CollabDesk no puede escribir en {folder}: el disco es de solo lectura (¿una unidad protegida contra escritura?). No se cambió nada. Permita la escritura, o elija otra carpeta, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>CollabDesk does not support {feature} ({url}).</source>
        <translation>CollabDesk no admite {feature} ({url}).</translation>
    </message>
    <message>
        <source>CollabDesk may not write to {folder}: the folder belongs to another user or does not allow changes. Nothing was changed. Ask the IT volunteer to give your account access to it, and try again.</source>
        <translation>CollabDesk no tiene permiso para escribir en {folder}: la carpeta pertenece a otro usuario o no admite cambios. No se cambió nada. Pida al voluntario de informática que dé acceso a su cuenta e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Item {link_id}: {problem}</source>
        <translation>Elemento {link_id}: {problem}</translation>
    </message>
    <message>
        <source>Items are nested more than {limit} deep.</source>
        <translation>Los elementos están anidados en más de {limit} niveles.</translation>
    </message>
    <message>
        <source>Items in R4 have no element {key}.</source>
        <translation>En R4, los elementos no tienen el campo {key}.</translation>
    </message>
    <message>
        <source>Name a case or a client.</source>
        <translation>Indique un caso o un cliente.</translation>
    </message>
    <message>
        <source>No active version of that form is here.</source>
        <translation>Aquí no hay ninguna versión activa de ese formulario.</translation>
    </message>
    <message>
        <source>No partner in the directory is called {partner}.</source>
        <translation>Ningún socio del directorio se llama {partner}.</translation>
    </message>
    <message>
        <source>Only FHIRPath expressions are supported, not {language}.</source>
        <translation>Solo se admiten expresiones FHIRPath, no {language}.</translation>
    </message>
    <message>
        <source>Only this client's completed questionnaire responses can travel with a referral.</source>
        <translation>Solo las respuestas completadas de este cliente pueden acompañar una derivación.</translation>
    </message>
    <message>
        <source>Open a case for the client to add the need to.</source>
        <translation>Abra un caso del cliente para añadir en él la necesidad.</translation>
    </message>
    <message>
        <source>Several partners in the directory are called {partner}: give the partner's id.</source>
        <translation>Varios socios del directorio se llaman {partner}: indique el identificador del socio.</translation>
    </message>
    <message>
        <source>Some answers are missing or do not fit; see the messages beside them.</source>
        <translation>Faltan algunas respuestas o no son válidas; vea los mensajes junto a ellas.</translation>
    </message>
    <message>
        <source>That form has not arrived on this laptop yet.</source>
        <translation>Ese formulario aún no ha llegado a este equipo.</translation>
    </message>
    <message>
        <source>That form is not on this laptop.</source>
        <translation>Ese formulario no está en este equipo.</translation>
    </message>
    <message>
        <source>That response is not on this laptop.</source>
        <translation>Esa respuesta no está en este equipo.</translation>
    </message>
    <message>
        <source>That suggestion is not on this laptop.</source>
        <translation>Esa sugerencia no está en este equipo.</translation>
    </message>
    <message>
        <source>That suggestion was already confirmed.</source>
        <translation>Esa sugerencia ya se confirmó.</translation>
    </message>
    <message>
        <source>That suggestion was already decided.</source>
        <translation>Ya se tomó una decisión sobre esa sugerencia.</translation>
    </message>
    <message>
        <source>That suggestion was already dismissed.</source>
        <translation>Esa sugerencia ya se descartó.</translation>
    </message>
    <message>
        <source>The FHIRPath expression {expression} does not parse ({error}).</source>
        <translation>La expresión FHIRPath {expression} tiene un error de sintaxis ({error}).</translation>
    </message>
    <message>
        <source>The client's consent for {partner_name} names no form, so no responses may be shared. Record a consent that lists the forms to share.</source>
        <translation>El consentimiento del cliente para {partner_name} no nombra ningún formulario, así que no se puede compartir ninguna respuesta. Registre un consentimiento que enumere los formularios a compartir.</translation>
    </message>
    <message>
        <source>The disk holding {folder} has {free} free, less than the {needed} the next backup and a week of work need. Free some space soon (Admin, Storage shows what CollabDesk uses and can prune old backups).</source>
        <translation>El disco que contiene {folder} tiene {free} libres, menos de los {needed} que necesitan la próxima copia de seguridad y una semana de trabajo. Libere espacio pronto (Administración, Almacenamiento muestra lo que usa CollabDesk y permite eliminar copias antiguas).</translation>
    </message>
    <message>
        <source>The expression {expression} failed ({error}).</source>
        <translation>La expresión {expression} falló ({error}).</translation>
    </message>
    <message>
        <source>The expression {expression} is nested more than {limit} levels deep.</source>
        <translation>La expresión {expression} tiene más de {limit} niveles de anidamiento.</translation>
    </message>
    <message>
        <source>The expression {expression} is nested too deeply.</source>
        <translation>La expresión {expression} tiene demasiados niveles de anidamiento.</translation>
    </message>
    <message>
        <source>The expression {expression} was stopped: {why}.</source>
        <translation>Se detuvo la expresión {expression}: {why}.</translation>
    </message>
    <message>
        <source>The extension {url} has no valueExpression.</source>
        <translation>La extensión {url} no tiene valueExpression.</translation>
    </message>
    <message>
        <source>The file ends in the middle of this value: it was cut short (an interrupted download or copy) or a quote is missing; nothing was imported</source>
        <translation>El archivo termina en medio de este valor: se cortó (una descarga o copia interrumpida) o falta una comilla; no se importó nada</translation>
    </message>
    <message>
        <source>The form has an element {key} that R4 Questionnaires do not have.</source>
        <translation>El formulario tiene un campo {key} que los Questionnaire de R4 no tienen.</translation>
    </message>
    <message>
        <source>The form has modifier extensions, which change its meaning in ways CollabDesk cannot check.</source>
        <translation>El formulario tiene extensiones modificadoras, que cambian su significado de formas que CollabDesk no puede comprobar.</translation>
    </message>
    <message>
        <source>The form has more than {limit} items.</source>
        <translation>El formulario tiene más de {limit} elementos.</translation>
    </message>
    <message>
        <source>The form has no items.</source>
        <translation>El formulario no tiene elementos.</translation>
    </message>
    <message>
        <source>The form has no url, id or name to identify it by.</source>
        <translation>El formulario no tiene url, id ni name que lo identifiquen.</translation>
    </message>
    <message>
        <source>The form has no url; it is identified as {url}.</source>
        <translation>El formulario no tiene url; se identifica como {url}.</translation>
    </message>
    <message>
        <source>The form's url is not text.</source>
        <translation>La url del formulario no es texto.</translation>
    </message>
    <message>
        <source>The form's use must be one of {uses}.</source>
        <translation>El uso del formulario debe ser uno de estos: {uses}.</translation>
    </message>
    <message>
        <source>The form's version is not text.</source>
        <translation>La versión del formulario no es texto.</translation>
    </message>
    <message>
        <source>The hub refused this laptop's requests as too old or too new: check the laptop's date, time and time zone.</source>
        <translation>El servidor central rechazó las solicitudes de este portátil por ser demasiado antiguas o demasiado recientes: compruebe la fecha, la hora y la zona horaria del portátil.</translation>
    </message>
    <message>
        <source>The hub took a request sent again after a cut connection for a replay; nothing was lost; CollabDesk will try again.</source>
        <translation>El servidor central tomó por una repetición una solicitud reenviada tras un corte de la conexión; no se perdió nada; CollabDesk volverá a intentarlo.</translation>
    </message>
    <message>
        <source>The hub took too long to answer; nothing was lost; CollabDesk will try again.</source>
        <translation>El servidor central tardó demasiado en responder; no se perdió nada; CollabDesk volverá a intentarlo.</translation>
    </message>
    <message>
        <source>The hub's answer could not be read; nothing was lost. If this goes on, check the hub address on the Network page: it may lead to another web site.</source>
        <translation>No se pudo leer la respuesta del servidor central; no se perdió nada. Si esto continúa, compruebe la dirección del servidor central en la página Red: puede llevar a otro sitio web.</translation>
    </message>
    <message>
        <source>The item type {type} is not supported (docs/forms.md lists the types that are).</source>
        <translation>El tipo de elemento {type} no se admite (docs/forms.md enumera los tipos admitidos).</translation>
    </message>
    <message>
        <source>The key slots in {name} are damaged. Use another backup.</source>
        <translation>Las ranuras de clave de {name} están dañadas. Use otra copia de seguridad.</translation>
    </message>
    <message>
        <source>The manifest is not base64.</source>
        <translation>El manifiesto no es base64.</translation>
    </message>
    <message>
        <source>The month must be written YYYY-MM.</source>
        <translation>El mes debe escribirse AAAA-MM.</translation>
    </message>
    <message>
        <source>The need is not complete.</source>
        <translation>La necesidad no está completa.</translation>
    </message>
    <message>
        <source>The number of wrapped keys differs from the header.</source>
        <translation>El número de claves envueltas difiere del encabezado.</translation>
    </message>
    <message>
        <source>The package has no datapackage.json</source>
        <translation>El paquete no tiene datapackage.json</translation>
    </message>
    <message>
        <source>The package has no {filename}; it is required</source>
        <translation>El paquete no tiene {filename}; es obligatorio</translation>
    </message>
    <message>
        <source>The partner sent an unknown referral state.</source>
        <translation>La entidad envió un estado de derivación desconocido.</translation>
    </message>
    <message>
        <source>The partner's referral is malformed.</source>
        <translation>La derivación de la entidad está mal formada.</translation>
    </message>
    <message>
        <source>The pending key rotation is recorded inconsistently across slots.</source>
        <translation>La rotación de clave pendiente está registrada de forma incoherente entre las ranuras.</translation>
    </message>
    <message>
        <source>The period ends before it starts; pick the dates again.</source>
        <translation>El periodo termina antes de empezar; vuelva a elegir las fechas.</translation>
    </message>
    <message>
        <source>The published figures cannot have come from one set of counts (a withheld figure would have to be negative or zero).</source>
        <translation>Las cifras publicadas no pueden proceder de un mismo conjunto de recuentos (una cifra retenida tendría que ser negativa o cero).</translation>
    </message>
    <message>
        <source>The published figures do not add up to their totals; they cannot have come from one set of counts.</source>
        <translation>Las cifras publicadas no suman sus totales; no pueden proceder de un mismo conjunto de recuentos.</translation>
    </message>
    <message>
        <source>The push body is cut or padded: each envelope must be a u32 length and that many bytes.</source>
        <translation>El cuerpo del envío está cortado o rellenado: cada sobre debe ser una longitud u32 y esa cantidad de bytes.</translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>La cantidad debe ser al menos 1.</translation>
    </message>
    <message>
        <source>The referral is not complete.</source>
        <translation>La derivación no está completa.</translation>
    </message>
    <message>
        <source>The request has no {name} header.</source>
        <translation>La solicitud no tiene el encabezado {name}.</translation>
    </message>
    <message>
        <source>The request is missing a device signature header.</source>
        <translation>A la solicitud le falta un encabezado de firma del dispositivo.</translation>
    </message>
    <message>
        <source>The request is not signed correctly.</source>
        <translation>La solicitud no está firmada correctamente.</translation>
    </message>
    <message>
        <source>The request's device header does not match the signing key.</source>
        <translation>El encabezado de dispositivo de la solicitud no coincide con la clave de firma.</translation>
    </message>
    <message>
        <source>The request's device signature does not verify.</source>
        <translation>La firma del dispositivo de la solicitud no se verifica.</translation>
    </message>
    <message>
        <source>The request's device signature headers are malformed.</source>
        <translation>Los encabezados de firma del dispositivo de la solicitud están mal formados.</translation>
    </message>
    <message>
        <source>The request's timestamp is too far from the hub's clock; check the laptop's date and time.</source>
        <translation>La marca de tiempo de la solicitud está demasiado lejos del reloj del servidor central; revise la fecha y la hora del portátil.</translation>
    </message>
    <message>
        <source>The resource path {raw!r} points outside the package</source>
        <translation>La ruta del recurso {raw!r} apunta fuera del paquete</translation>
    </message>
    <message>
        <source>The resource {raw!r} is on the internet; only files inside the package can be imported</source>
        <translation>El recurso {raw!r} está en internet; solo se pueden importar archivos del paquete</translation>
    </message>
    <message>
        <source>The sealed envelope exceeds 8 MiB; split the batch.</source>
        <translation>El sobre sellado supera los 8 MiB; divida el lote.</translation>
    </message>
    <message>
        <source>The service names organization '{given}' but is listed under '{org_id}'</source>
        <translation>El servicio nombra la organización '{given}' pero figura bajo '{org_id}'</translation>
    </message>
    <message>
        <source>The service refers to organization '{org_id}', which is not among the organizations being imported</source>
        <translation>El servicio remite a la organización '{org_id}', que no está entre las organizaciones que se importan</translation>
    </message>
    <message>
        <source>The snapshot this laptop was restoring from no longer verifies ({reason}).</source>
        <translation>La instantánea desde la que este portátil se estaba restaurando ya no se verifica ({reason}).</translation>
    </message>
    <message>
        <source>The store could not be opened with this key: it is damaged or belongs to another agency.</source>
        <translation>No se pudieron abrir los datos con esta clave: están dañados o pertenecen a otra entidad.</translation>
    </message>
    <message>
        <source>The store file {path} cannot be read ({strerror}).</source>
        <translation>No se puede leer el archivo de datos {path} ({strerror}).</translation>
    </message>
    <message>
        <source>The store file {path} is damaged ({exc}).</source>
        <translation>El archivo de datos {path} está dañado ({exc}).</translation>
    </message>
    <message>
        <source>The store file {path} is damaged: it was cut short (1 byte missing from its last page).</source>
        <translation>El archivo de datos {path} está dañado: está incompleto (falta 1 byte en su última página).</translation>
    </message>
    <message>
        <source>The store file {path} is damaged: it was cut short ({missing} bytes missing from its last page).</source>
        <translation>El archivo de datos {path} está dañado: está incompleto (faltan {missing} bytes en su última página).</translation>
    </message>
    <message>
        <source>The store file {path} is empty: its contents were lost.</source>
        <translation>El archivo de datos {path} está vacío: su contenido se perdió.</translation>
    </message>
    <message>
        <source>The store file {path} is missing.</source>
        <translation>Falta el archivo de datos {path}.</translation>
    </message>
    <message>
        <source>The store inside {name} cannot be opened: {exc}</source>
        <translation>No se pueden abrir los datos que contiene {name}: {exc}</translation>
    </message>
    <message>
        <source>The store is locked.</source>
        <translation>Los datos están bloqueados.</translation>
    </message>
    <message>
        <source>The store key in slot {slot_id} is damaged or was swapped. Restore the vault from a backup or use another slot.</source>
        <translation>La clave de los datos en la ranura {slot_id} está dañada o fue sustituida. Restaure la bóveda desde una copia de seguridad o use otra ranura.</translation>
    </message>
    <message>
        <source>The store key must be 32 bytes.</source>
        <translation>La clave de los datos debe tener 32 bytes.</translation>
    </message>
    <message>
        <source>The store was used on a thread that must never wait for it.</source>
        <translation>Se usó el almacén de datos en un hilo que nunca debe esperarlo.</translation>
    </message>
    <message>
        <source>The store {path} could not be opened with this key: it is damaged, or it is another agency's store.</source>
        <translation>No se pudo abrir el almacén de datos {path} con esta clave: está dañado o pertenece a otra entidad.</translation>
    </message>
    <message>
        <source>The store {path} is not a file.</source>
        <translation>El almacén de datos {path} no es un archivo.</translation>
    </message>
    <message>
        <source>The stored agency key is damaged.</source>
        <translation>La clave de la entidad guardada está dañada.</translation>
    </message>
    <message>
        <source>The stored device keys have the wrong length.</source>
        <translation>Las claves de dispositivo guardadas tienen una longitud incorrecta.</translation>
    </message>
    <message>
        <source>The stored sync keys are damaged or in an unknown format.</source>
        <translation>Las claves de sincronización guardadas están dañadas o tienen un formato desconocido.</translation>
    </message>
    <message>
        <source>The stored {name} are in an unknown format.</source>
        <translation>Las {name} guardadas tienen un formato desconocido.</translation>
    </message>
    <message>
        <source>The stored {name} are not readable (not JSON).</source>
        <translation>Las {name} guardadas no se pueden leer (no son JSON).</translation>
    </message>
    <message>
        <source>The stored {what} are damaged ({field} is unreadable).</source>
        <translation>Las {what} guardadas están dañadas ({field} no se puede leer).</translation>
    </message>
    <message>
        <source>The submitted summary failed a check and was not stored.</source>
        <translation>El resumen enviado no superó una comprobación y no se guardó.</translation>
    </message>
    <message>
        <source>The summary could not be saved to {target}: {problem}. Pick another folder or free some space.</source>
        <translation>No se pudo guardar el resumen en {target}: {problem}. Elija otra carpeta o libere espacio.</translation>
    </message>
    <message>
        <source>The summary document is larger than 2 MiB.</source>
        <translation>El documento del resumen ocupa más de 2 MiB.</translation>
    </message>
    <message>
        <source>The summary document is not a JSON object of the expected shape.</source>
        <translation>El documento del resumen no es un objeto JSON con la forma esperada.</translation>
    </message>
    <message>
        <source>The summary names another agency than the one it is submitted for.</source>
        <translation>El resumen nombra una entidad distinta de aquella para la que se envía.</translation>
    </message>
    <message>
        <source>The summary names another device than the one that sent it.</source>
        <translation>El resumen nombra un dispositivo distinto del que lo envió.</translation>
    </message>
    <message>
        <source>The summary was cancelled; nothing was saved.</source>
        <translation>Se canceló el resumen; no se guardó nada.</translation>
    </message>
    <message>
        <source>The summary's month differs from the month it is submitted as.</source>
        <translation>El mes del resumen difiere del mes con el que se envía.</translation>
    </message>
    <message>
        <source>The summary's signature does not match the sending device's key.</source>
        <translation>La firma del resumen no coincide con la clave del dispositivo que lo envía.</translation>
    </message>
    <message>
        <source>The suppression threshold must be a whole number of at least 3 (got {threshold!r}): with a threshold of 2, '&lt;2' would reveal that the count is 1.</source>
        <translation>El umbral de supresión debe ser un número entero de al menos 3 (se dio {threshold!r}): con un umbral de 2, '&lt;2' revelaría que el recuento es 1.</translation>
    </message>
    <message>
        <source>The tabular JSON has no '{filename}' list</source>
        <translation>El JSON tabular no tiene la lista '{filename}'</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña son distintas.</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Las dos contraseñas son distintas; no se cambió nada.</translation>
    </message>
    <message>
        <source>The value contains a NUL byte; is this really a CSV file?</source>
        <translation>El valor contiene un byte NUL; ¿es de verdad un archivo CSV?</translation>
    </message>
    <message>
        <source>The value is not valid UTF-8 text; save the file as UTF-8</source>
        <translation>El valor no es texto UTF-8 válido; guarde el archivo como UTF-8</translation>
    </message>
    <message>
        <source>The vault file here cannot be read, so this backup cannot be matched to this agency. If it is this agency's backup, restore it with --allow-other-agency (the damaged files are kept).</source>
        <translation>No se puede leer el archivo de claves de este equipo, así que no se puede comprobar que esta copia de seguridad sea de esta entidad. Si es una copia de esta entidad, restáurela con --allow-other-agency (los archivos dañados se conservan).</translation>
    </message>
    <message>
        <source>The vault file was changed by another program since it was opened; reopen it and try again. Nothing was changed.</source>
        <translation>Otro programa cambió el archivo de bóveda después de abrirlo; vuelva a abrirlo e inténtelo de nuevo. No se cambió nada.</translation>
    </message>
    <message>
        <source>The vault file {path} can no longer be read ({strerror}); nothing was changed.</source>
        <translation>El archivo de bóveda {path} ya no se puede leer ({strerror}); no se cambió nada.</translation>
    </message>
    <message>
        <source>The vault file {path} is empty: its contents were lost. Restore it from a backup, or set this computer up again.</source>
        <translation>El archivo de claves {path} está vacío: su contenido se perdió. Restáurelo desde una copia de seguridad o vuelva a configurar este equipo.</translation>
    </message>
    <message>
        <source>The zip entry cannot be read: {exc}</source>
        <translation>No se puede leer la entrada del zip: {exc}</translation>
    </message>
    <message>
        <source>The zip entry is damaged: {exc}</source>
        <translation>La entrada del zip está dañada: {exc}</translation>
    </message>
    <message>
        <source>The zip entry {filename!r} points outside the folder it would be unpacked into; the archive is refused</source>
        <translation>La entrada del zip {filename!r} apunta fuera de la carpeta donde se descomprimiría; se rechaza el archivo</translation>
    </message>
    <message>
        <source>The zip file could not be read: {problem}</source>
        <translation>No se pudo leer el archivo zip: {problem}</translation>
    </message>
    <message>
        <source>The zip holds no datapackage.json</source>
        <translation>El zip no contiene ningún datapackage.json</translation>
    </message>
    <message>
        <source>The zip holds several datapackage.json files; zip one package at a time</source>
        <translation>El zip contiene varios archivos datapackage.json; comprima un paquete cada vez</translation>
    </message>
    <message>
        <source>The zip holds {count} entries; at most {most} are accepted</source>
        <translation>El zip contiene {count} entradas; se aceptan como máximo {most}</translation>
    </message>
    <message>
        <source>The zip unpacks to more than {limit}</source>
        <translation>El zip se descomprime en más de {limit}</translation>
    </message>
    <message>
        <source>The {header} header has the wrong size.</source>
        <translation>El encabezado {header} tiene un tamaño incorrecto.</translation>
    </message>
    <message>
        <source>The {header} header is not a device id.</source>
        <translation>El encabezado {header} no es un id de dispositivo.</translation>
    </message>
    <message>
        <source>The {header} header is not a time.</source>
        <translation>El encabezado {header} no es una hora.</translation>
    </message>
    <message>
        <source>The {header} header is not base64.</source>
        <translation>El encabezado {header} no es base64.</translation>
    </message>
    <message>
        <source>The {label} id '{ident}' is used twice (first in {where})</source>
        <translation>El id de {label} '{ident}' se usa dos veces (la primera en {where})</translation>
    </message>
    <message>
        <source>There is already a user called {username}.</source>
        <translation>Ya hay un usuario llamado {username}.</translation>
    </message>
    <message>
        <source>There is already an operator called {name!r}; use 'operator password' to change the password.</source>
        <translation>Ya hay un operador llamado {name!r}; use 'operator password' para cambiar la contraseña.</translation>
    </message>
    <message>
        <source>There is more than one recovery slot.</source>
        <translation>Hay más de una ranura de recuperación.</translation>
    </message>
    <message>
        <source>There is no current consent to share this client's information with {partner_name}. Record the client's consent first.</source>
        <translation>No hay ningún consentimiento vigente para compartir la información de este cliente con {partner_name}. Registre primero el consentimiento del cliente.</translation>
    </message>
    <message>
        <source>There is no key slot {slot_id!r} in this vault.</source>
        <translation>No hay ninguna ranura de clave {slot_id!r} en esta bóveda.</translation>
    </message>
    <message>
        <source>There is no user {username!r} in this agency's store.</source>
        <translation>No hay ningún usuario {username!r} en los datos de esta entidad.</translation>
    </message>
    <message>
        <source>There is not enough free space on the disk holding {folder}: about {needed} more is needed there ({free} free now). Nothing was lost: what was being saved was not saved, and everything saved before is intact. Free some space on that disk and try again.</source>
        <translation>No hay suficiente espacio libre en el disco que contiene {folder}: hacen falta unos {needed} más ({free} libres ahora). No se perdió nada: lo que se estaba guardando no se guardó y todo lo guardado antes está intacto. Libere espacio en ese disco e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This ServiceRequest's id is already used by another referral here</source>
        <translation>El id de este ServiceRequest ya lo usa otra derivación aquí</translation>
    </message>
    <message>
        <source>This agency already has a device list; enroll without one and wait for approval.</source>
        <translation>Esta entidad ya tiene una lista de dispositivos; regístrese sin ella y espere la aprobación.</translation>
    </message>
    <message>
        <source>This agency has no snapshot at the hub yet.</source>
        <translation>Esta entidad aún no tiene ninguna instantánea en el servidor central.</translation>
    </message>
    <message>
        <source>This backup belongs to another agency's store. Restoring it would replace this agency's data; refusing.</source>
        <translation>Esta copia de seguridad pertenece a los datos de otra entidad. Restaurarla reemplazaría los datos de esta entidad; se rechaza.</translation>
    </message>
    <message>
        <source>This backup was made by a newer CollabDesk; upgrade first.</source>
        <translation>Esta copia de seguridad la hizo una versión más reciente de CollabDesk; actualice primero.</translation>
    </message>
    <message>
        <source>This case is assigned to someone else; ask a supervisor to assign it to you.</source>
        <translation>Este caso está asignado a otra persona; pida a un supervisor que se lo asigne.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation>Este consentimiento ya se retiró.</translation>
    </message>
    <message>
        <source>This device holds no agency key the envelope is addressed to.</source>
        <translation>Este dispositivo no tiene ninguna clave de entidad a la que vaya dirigido el sobre.</translation>
    </message>
    <message>
        <source>This device is already enrolled with the hub.</source>
        <translation>Este dispositivo ya está registrado en el servidor central.</translation>
    </message>
    <message>
        <source>This device is waiting for approval by an active device of its agency.</source>
        <translation>Este dispositivo espera la aprobación de un dispositivo activo de su entidad.</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>Esto no parece una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>This enrollment code has already been used. Ask the hub operator for a new one.</source>
        <translation>Este código de registro ya se usó. Pida uno nuevo a quien gestiona el servidor.</translation>
    </message>
    <message>
        <source>This enrollment code has expired. Ask the hub operator for a new one.</source>
        <translation>Este código de registro ha caducado. Pida uno nuevo a quien gestiona el servidor.</translation>
    </message>
    <message>
        <source>This enrollment code is not valid on this hub. Check it, or ask the hub operator for a new one.</source>
        <translation>Este código de registro no es válido en este servidor central. Revíselo o pida uno nuevo a quien gestiona el servidor.</translation>
    </message>
    <message>
        <source>This exact request was already received; a replayed request is refused.</source>
        <translation type="vanished">Esta misma solicitud ya se recibió; se rechaza una solicitud repetida.</translation>
    </message>
    <message>
        <source>Choose what the partner did: accepted, declined, service started or completed.</source>
        <translation>Elija lo que hizo el socio: aceptó, rechazó, inició el servicio o lo completó.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Each measure in the framework must be an object.</source>
        <translation>Cada medida del marco debe ser un objeto.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Every date in {columns} reads both ways (for example {example}): say whether the file writes the day or the month first.</source>
        <translation>Todas las fechas de {columns} se pueden leer de dos maneras (por ejemplo {example}): indique si el archivo pone primero el día o el mes.</translation>
    </message>
    <message>
        <source>Forms completed with the person</source>
        <translation>Formularios completados con la persona</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identificadores</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Map at least one column to a name (first name, last name or full name).</source>
        <translation>Asigne al menos una columna a un nombre (nombre, apellidos o nombre completo).</translation>
    </message>
    <message>
        <source>Measure '{measure}' lacks the field "{field}".</source>
        <translation>A la medida '{measure}' le falta el campo "{field}".</translation>
    </message>
    <message>
        <source>Measure '{measure}' names the form {form}, which the framework does not contain.</source>
        <translation>La medida '{measure}' nombra el formulario {form}, que el marco no contiene.</translation>
    </message>
    <message>
        <source>Measure '{measure}' names the item '{item}', which the form {form} does not contain.</source>
        <translation>La medida '{measure}' nombra la pregunta '{item}', que el formulario {form} no contiene.</translation>
    </message>
    <message>
        <source>Measure '{measure}': "followed_by" must name referrals or services.</source>
        <translation>Medida '{measure}': "followed_by" debe nombrar derivaciones o servicios.</translation>
    </message>
    <message>
        <source>Measure '{measure}': "month_of" {month_of!r} is not one of {allowed}.</source>
        <translation>Medida '{measure}': "month_of" {month_of!r} no es uno de {allowed}.</translation>
    </message>
    <message>
        <source>Measure '{measure}': "within_days" must be a whole number from 0 to {limit}.</source>
        <translation>Medida '{measure}': "within_days" debe ser un número entero de 0 a {limit}.</translation>
    </message>
    <message>
        <source>Measure '{measure}': "{field}" is not a field of {records}.</source>
        <translation>Medida '{measure}': "{field}" no es un campo de {records}.</translation>
    </message>
    <message>
        <source>Measure '{measure}': a "where" condition reads form responses only.</source>
        <translation>Medida '{measure}': una condición "where" solo lee respuestas a formularios.</translation>
    </message>
    <message>
        <source>Measure '{measure}': a median is taken over records, not clients.</source>
        <translation>Medida '{measure}': una mediana se calcula sobre registros, no sobre clientes.</translation>
    </message>
    <message>
        <source>Measure '{measure}': a median needs the value to take it of.</source>
        <translation>Medida '{measure}': una mediana necesita el valor del que se calcula.</translation>
    </message>
    <message>
        <source>Measure '{measure}': a {kind} has a population, not a numerator and denominator.</source>
        <translation>Medida '{measure}': un {kind} tiene una población, no un numerador y un denominador.</translation>
    </message>
    <message>
        <source>Measure '{measure}': days to first service count in the month of the first service ("month_of": "first_service").</source>
        <translation>Medida '{measure}': los días hasta el primer servicio cuentan en el mes del primer servicio ("month_of": "first_service").</translation>
    </message>
    <message>
        <source>Measure '{measure}': only a median takes a value.</source>
        <translation>Medida '{measure}': solo una mediana lleva un valor.</translation>
    </message>
    <message>
        <source>Measure '{measure}': the direction {direction!r} is neither outgoing nor incoming.</source>
        <translation>Medida '{measure}': la dirección {direction!r} no es ni saliente ni entrante.</translation>
    </message>
    <message>
        <source>Measure '{measure}': the field "{field}" has the wrong type.</source>
        <translation>Medida '{measure}': el campo "{field}" tiene un tipo incorrecto.</translation>
    </message>
    <message>
        <source>Measure '{measure}': the kind {kind!r} is not one of {kinds}.</source>
        <translation>Medida '{measure}': el tipo {kind!r} no es uno de {kinds}.</translation>
    </message>
    <message>
        <source>Measure '{measure}': the numerator must be one "where" condition or one "followed_by".</source>
        <translation>Medida '{measure}': el numerador debe ser una condición "where" o un "followed_by".</translation>
    </message>
    <message>
        <source>Measure '{measure}': the records {records!r} are not one of {allowed}.</source>
        <translation>Medida '{measure}': los registros {records!r} no son uno de {allowed}.</translation>
    </message>
    <message>
        <source>Measure '{measure}': the unit {unit!r} is neither records nor clients.</source>
        <translation>Medida '{measure}': la unidad {unit!r} no es ni registros ni clientes.</translation>
    </message>
    <message>
        <source>Measure '{measure}': {domain!r} is not a need domain (one of {allowed}).</source>
        <translation>Medida '{measure}': {domain!r} no es un ámbito de necesidad (uno de {allowed}).</translation>
    </message>
    <message>
        <source>Measure '{measure}': {why}</source>
        <translation>Medida '{measure}': {why}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <source>No figure: nothing to divide by this month.</source>
        <translation>Sin cifra: no hay nada entre lo que dividir este mes.</translation>
    </message>
    <message>
        <source>No measurement framework has arrived from the network yet.</source>
        <translation>Aún no ha llegado ningún marco de medición de la red.</translation>
    </message>
    <message>
        <source>No network key has been made on this hub yet: run "collabdesk-hub measures keygen".</source>
        <translation>Aún no se ha creado ninguna clave de red en este hub: ejecute "collabdesk-hub measures keygen".</translation>
    </message>
    <message>
        <source>Nothing can be sent to agency {partner} yet: agency {agency} requires the post-quantum suite and agency {classical} has not moved to it. It stays queued until it has.</source>
        <translation>Todavía no se puede enviar nada a la entidad {partner}: la entidad {agency} exige la suite poscuántica y la entidad {classical} aún no la usa. Queda en espera hasta entonces.</translation>
    </message>
    <message>
        <source>Nothing to measure this month.</source>
        <translation>Nada que medir este mes.</translation>
    </message>
    <message>
        <source>Only a referral this agency sent has a letter.</source>
        <translation>Solo una derivación enviada por esta agencia tiene carta.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Please let us know whether you can help and when the service starts or ends, quoting the reference {code}.</source>
        <translation>Háganos saber si pueden ayudar y cuándo empieza o termina el servicio, citando la referencia {code}.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation>Motivo de la derivación</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Referral to {service}</source>
        <translation>Derivación a {service}</translation>
    </message>
    <message>
        <source>Referred by {worker}</source>
        <translation>Derivado por {worker}</translation>
    </message>
    <message>
        <source>Refused an envelope from laptop “{label}” ({device}) of agency {sender_agency}: it was sealed with the classical suite, but agency {agency} requires the post-quantum suite. That laptop needs the current CollabDesk, and its agency the post-quantum suite (on its Network page).</source>
        <translation>Se rechazó un sobre del portátil «{label}» ({device}) de la entidad {sender_agency}: estaba sellado con la suite clásica, pero la entidad {agency} exige la suite poscuántica. Ese portátil necesita la versión actual de CollabDesk, y su entidad la suite poscuántica (en su página Red).</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Row {row} has errors and can only be skipped.</source>
        <translation>La fila {row} tiene errores y solo se puede omitir.</translation>
    </message>
    <message>
        <source>Row {row} has no likely duplicate to merge into.</source>
        <translation>La fila {row} no tiene ningún posible duplicado con el que fusionarse.</translation>
    </message>
    <message>
        <source>Row {row} is to be merged into row {other}, which is skipped; create or skip row {row}, or import row {other}.</source>
        <translation>La fila {row} se iba a fusionar con la fila {other}, que se omite; cree u omita la fila {row}, o importe la fila {other}.</translation>
    </message>
    <message>
        <source>Row {row}, column '{column}': {problem}</source>
        <translation>Fila {row}, columna «{column}»: {problem}</translation>
    </message>
    <message>
        <source>Shared with the person's consent ({method}, {date}); only what it covers is written here. Please keep this letter confidential.</source>
        <translation>Compartido con el consentimiento de la persona ({method}, {date}); aquí solo figura lo que cubre. Mantenga esta carta confidencial.</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>That import is not in this store.</source>
        <translation>Esa importación no está en este almacén.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; it was read as Windows-1252 (Western European). Check that accented names look right in the preview.</source>
        <translation>El archivo no es texto UTF-8; se leyó como Windows-1252 (Europa occidental). Compruebe en la vista previa que los nombres con acentos se ven bien.</translation>
    </message>
    <message>
        <source>The framework has more than {limit} measures.</source>
        <translation>El marco tiene más de {limit} medidas.</translation>
    </message>
    <message>
        <source>The framework has no measures.</source>
        <translation>El marco no tiene medidas.</translation>
    </message>
    <message>
        <source>The framework holds the form {form} twice.</source>
        <translation>El marco contiene dos veces el formulario {form}.</translation>
    </message>
    <message>
        <source>The framework holds the measure '{measure}' twice.</source>
        <translation>El marco contiene dos veces la medida '{measure}'.</translation>
    </message>
    <message>
        <source>The framework is larger than {limit} MiB.</source>
        <translation>El marco ocupa más de {limit} MiB.</translation>
    </message>
    <message>
        <source>The framework is not readable JSON.</source>
        <translation>El marco no es JSON legible.</translation>
    </message>
    <message>
        <source>The framework is signed with another network key ({fingerprint}) than the one this laptop pinned; it was refused. Ask the network's backbone.</source>
        <translation>El marco está firmado con otra clave de red ({fingerprint}) distinta de la que este portátil fijó; se rechazó. Consulte a la organización coordinadora de la red.</translation>
    </message>
    <message>
        <source>The framework is written in format {format}; this version reads format {supported}.</source>
        <translation>El marco está escrito en el formato {format}; esta versión lee el formato {supported}.</translation>
    </message>
    <message>
        <source>The framework's field "{field}" is missing or has the wrong type.</source>
        <translation>Falta el campo "{field}" del marco o tiene un tipo incorrecto.</translation>
    </message>
    <message>
        <source>The framework's form {form} is refused: {why}</source>
        <translation>Se rechaza el formulario {form} del marco: {why}</translation>
    </message>
    <message>
        <source>The framework's version must be a whole number from 1.</source>
        <translation>La versión del marco debe ser un número entero a partir de 1.</translation>
    </message>
    <message>
        <source>The framework's version {version} is not newer than the current version {current}.</source>
        <translation>La versión {version} del marco no es más reciente que la versión actual {current}.</translation>
    </message>
    <message>
        <source>The measurement framework is not signed with the network key; it was refused.</source>
        <translation>El marco de medición no está firmado con la clave de red; se rechazó.</translation>
    </message>
    <message>
        <source>The measurement framework's signature does not match the network key this laptop pinned; it was refused.</source>
        <translation>La firma del marco de medición no corresponde a la clave de red que este portátil fijó; se rechazó.</translation>
    </message>
    <message>
        <source>The network key's passphrase needs at least {minimum} characters.</source>
        <translation>La frase de paso de la clave de red necesita al menos {minimum} caracteres.</translation>
    </message>
    <message>
        <source>The passphrase does not open the network key.</source>
        <translation>La frase de paso no abre la clave de red.</translation>
    </message>
    <message>
        <source>The post-quantum suite cannot be required yet: {labels} must sync with the current CollabDesk first.</source>
        <translation>Todavía no se puede exigir la suite poscuántica: {labels} deben sincronizar primero con la versión actual de CollabDesk.</translation>
    </message>
    <message>
        <source>The spreadsheet could not be read ({problem}); is it an .xlsx file?</source>
        <translation>No se pudo leer la hoja de cálculo ({problem}); ¿es un archivo .xlsx?</translation>
    </message>
    <message>
        <source>This agency already requires the post-quantum suite.</source>
        <translation>Esta entidad ya exige la suite poscuántica.</translation>
    </message>
    <message>
        <source>This file is not a FHIR resource: it has no resourceType</source>
        <translation>Este archivo no es un recurso FHIR: no tiene resourceType</translation>
    </message>
    <message>
        <source>This file lies outside the package folder (a link?)</source>
        <translation>Este archivo está fuera de la carpeta del paquete (¿un enlace?)</translation>
    </message>
    <message>
        <source>This import was already undone.</source>
        <translation>Esta importación ya se deshizo.</translation>
    </message>
    <message>
        <source>This is a FHIR {found}, not a Bundle</source>
        <translation>Esto es un {found} de FHIR, no un Bundle</translation>
    </message>
    <message>
        <source>This is not a CollabDesk measurement framework.</source>
        <translation>Esto no es un marco de medición de CollabDesk.</translation>
    </message>
    <message>
        <source>This is not a valid zip file: {exc}</source>
        <translation>No es un archivo zip válido: {exc}</translation>
    </message>
    <message>
        <source>This is one of the most common passwords; choose something else.</source>
        <translation>Es una de las contraseñas más comunes; elija otra cosa.</translation>
    </message>
    <message>
        <source>This is the agency's first device: it must bring the agency's device list (entries 0 and 1).</source>
        <translation>Este es el primer dispositivo de la entidad: debe traer la lista de dispositivos de la entidad (entradas 0 y 1).</translation>
    </message>
    <message>
        <source>This is the agency's first laptop on the hub: give the agency's hub id as well (it is printed with the enrolment code).</source>
        <translation>Este es el primer portátil de la entidad en el servidor central: indique también el identificador de la entidad en el servidor (aparece impreso con el código de registro).</translation>
    </message>
    <message>
        <source>This laptop has been removed from the agency's devices and can no longer sync.</source>
        <translation>Este portátil se quitó de los dispositivos de la entidad y ya no puede sincronizar.</translation>
    </message>
    <message>
        <source>This laptop has changes the hub does not have yet; sync first, then make the snapshot.</source>
        <translation>Este portátil tiene cambios que el servidor central aún no tiene; sincronice primero y luego haga la instantánea.</translation>
    </message>
    <message>
        <source>This laptop has no device keys yet; enrol it with the hub first.</source>
        <translation>Este portátil aún no tiene claves de dispositivo; regístrelo primero en el servidor central.</translation>
    </message>
    <message>
        <source>This laptop is already enrolled with {hub_url} (agency {hub_agency_id}).</source>
        <translation>Este portátil ya está registrado en {hub_url} (entidad {hub_agency_id}).</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with a hub yet. An administrator can enrol it with the enrolment code from the hub operator.</source>
        <translation>Este portátil aún no está registrado en un servidor central. Un administrador puede registrarlo con el código de registro de quien gestiona el servidor.</translation>
    </message>
    <message>
        <source>This laptop was set up to join an agency that already uses the hub, but the hub has no laptop of this agency yet. Enrol the agency's first laptop first (its code can be used again).</source>
        <translation>Este portátil se configuró para unirse a una entidad que ya usa el servidor central, pero el servidor aún no tiene ningún portátil de esta entidad. Registre primero el primer portátil de la entidad (su código se puede volver a usar).</translation>
    </message>
    <message>
        <source>This laptop's post-quantum key is not the one its agency has for it (was its store restored from a backup older than its upgrade?). It cannot receive new agency keys: remove it on another laptop and enrol it again.</source>
        <translation>La clave poscuántica de este portátil no es la que su entidad tiene para él (¿se restauraron sus datos desde una copia anterior a su actualización?). No puede recibir nuevas claves de la entidad: quítelo desde otro portátil e inscríbalo de nuevo.</translation>
    </message>
    <message>
        <source>This linkId is used by more than one item; each item needs its own.</source>
        <translation>Este linkId lo usa más de un elemento; cada elemento necesita el suyo.</translation>
    </message>
    <message>
        <source>This looks like an STU3 Questionnaire ({elements}); CollabDesk reads FHIR R4. Convert it to R4 first.</source>
        <translation>Parece un Questionnaire STU3 ({elements}); CollabDesk lee FHIR R4. Conviértalo primero a R4.</translation>
    </message>
    <message>
        <source>This may be {given_name} {family_name}, who is already registered ({reasons}). Open the existing record, or confirm that this is a different person.</source>
        <translation>Podría ser {given_name} {family_name}, que ya está registrado/a ({reasons}). Abra el registro existente o confirme que se trata de otra persona.</translation>
    </message>
    <message>
        <source>This partner is on the hub: its answers arrive by themselves and cannot be recorded by hand.</source>
        <translation>Este socio está en el servidor central: sus respuestas llegan solas y no se pueden registrar a mano.</translation>
    </message>
    <message>
        <source>This question needs an answer.</source>
        <translation>Esta pregunta necesita una respuesta.</translation>
    </message>
    <message>
        <source>This question takes one answer.</source>
        <translation>Esta pregunta admite una sola respuesta.</translation>
    </message>
    <message>
        <source>This recovery code has a typo; compare it with the printed sheet.</source>
        <translation>Este código de recuperación tiene un error; compárelo con la hoja impresa.</translation>
    </message>
    <message>
        <source>This referral is already {status}.</source>
        <translation>Esta derivación ya está en estado {status}.</translation>
    </message>
    <message>
        <source>This response is to a sensitive form; only its author and supervisors may read it.</source>
        <translation>Esta respuesta corresponde a un formulario confidencial; solo la pueden leer su autor y los supervisores.</translation>
    </message>
    <message>
        <source>This row has {values} values but the header has {columns} columns; a comma or quote is probably out of place</source>
        <translation>Esta fila tiene {values} valores pero el encabezado tiene {columns} columnas; probablemente hay una coma o unas comillas fuera de lugar</translation>
    </message>
    <message>
        <source>This session has no data folder to back up into.</source>
        <translation>Esta sesión no tiene una carpeta de datos donde guardar la copia de seguridad.</translation>
    </message>
    <message>
        <source>This session has no data folder to back up.</source>
        <translation>Esta sesión no tiene una carpeta de datos que respaldar.</translation>
    </message>
    <message>
        <source>This session has no data folder to keep passphrases in.</source>
        <translation>Esta sesión no tiene una carpeta de datos donde guardar las frases de contraseña.</translation>
    </message>
    <message>
        <source>This store has no recovery code; an administrator must reset access.</source>
        <translation>Estos datos no tienen código de recuperación; un administrador debe restablecer el acceso.</translation>
    </message>
    <message>
        <source>This store was written by a newer CollabDesk (schema {version}; this version reads up to {supported}). Install the newer version to open it.</source>
        <translation>Estos datos los escribió una versión más reciente de CollabDesk (esquema {version}; esta versión lee hasta {supported}). Instale la versión más reciente para abrirlos.</translation>
    </message>
    <message>
        <source>This value is {length} characters long; values over {most} characters are not imported</source>
        <translation>Este valor tiene {length} caracteres; no se importan valores de más de {most} caracteres</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Too large.</source>
        <translation>Demasiado grande.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases. Try again in 1 second.</source>
        <translation>Demasiadas frases de contraseña incorrectas. Vuelva a intentarlo en 1 segundo.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases. Try again in {seconds} seconds.</source>
        <translation>Demasiadas frases de contraseña incorrectas. Inténtelo de nuevo en {seconds} segundos.</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Two columns are mapped to the same field; map each once.</source>
        <translation>Hay dos columnas asignadas al mismo campo; asigne cada campo una sola vez.</translation>
    </message>
    <message>
        <source>Two digits of date of birth swapped ({mine} / {theirs})</source>
        <translation>Dos dígitos de la fecha de nacimiento intercambiados ({mine} / {theirs})</translation>
    </message>
    <message>
        <source>Two slots share an id or a user name.</source>
        <translation>Dos ranuras comparten un id o un nombre de usuario.</translation>
    </message>
    <message>
        <source>Typo in the code.</source>
        <translation>Error de escritura en el código.</translation>
    </message>
    <message>
        <source>Unexpected character.</source>
        <translation>Carácter inesperado.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Unknown need domain(s): {domains}.</source>
        <translation>Ámbito(s) de necesidad desconocido(s): {domains}.</translation>
    </message>
    <message>
        <source>Unknown slot kind {kind!r}.</source>
        <translation>Tipo de ranura desconocido {kind!r}.</translation>
    </message>
    <message>
        <source>Unknown status '{status}'; expected one of {expected}</source>
        <translation>Estado desconocido '{status}'; se esperaba uno de {expected}</translation>
    </message>
    <message>
        <source>Unknown.</source>
        <translation>Desconocido.</translation>
    </message>
    <message>
        <source>Unsupported database URL {scheme!r}: use sqlite:///PATH or postgresql+psycopg://USER@HOST/DB.</source>
        <translation>URL de base de datos no admitida {scheme!r}: use sqlite:///RUTA o postgresql+psycopg://USUARIO@HOST/BD.</translation>
    </message>
    <message>
        <source>Unsupported vault format version {version!r}.</source>
        <translation>Versión de formato de bóveda no admitida {version!r}.</translation>
    </message>
    <message>
        <source>Upgrading the store failed at step {name}: {exc}. The store was left at version {version}; nothing was lost.</source>
        <translation>La actualización de los datos falló en el paso {name}: {exc}. Los datos quedaron en la versión {version}; no se perdió nada.</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>User {label!r} already has a key slot; reset their passphrase instead.</source>
        <translation>El usuario {label!r} ya tiene una ranura de clave; restablezca su frase de contraseña.</translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation>Muy fuerte.</translation>
    </message>
    <message>
        <source>Very weak: easy to guess. Use four or more unrelated words.</source>
        <translation>Muy débil: fácil de adivinar. Use cuatro o más palabras sin relación entre sí.</translation>
    </message>
    <message>
        <source>Waiting for another laptop of the agency to share the current agency key; sync that laptop, then try again.</source>
        <translation>Esperando a que otro portátil de la entidad comparta la clave actual de la entidad; sincronice ese portátil y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Weak: add a few more words or characters.</source>
        <translation>Débil: añada algunas palabras o caracteres más.</translation>
    </message>
    <message>
        <source>Withheld: it would reveal a small count.</source>
        <translation>Omitido: revelaría un recuento pequeño.</translation>
    </message>
    <message>
        <source>Wrong length.</source>
        <translation>Longitud incorrecta.</translation>
    </message>
    <message>
        <source>Year of birth off by one ({mine} / {theirs})</source>
        <translation>El año de nacimiento difiere en uno ({mine} / {theirs})</translation>
    </message>
    <message>
        <source>You cannot remove your own admin role; ask another admin.</source>
        <translation>No puede quitarse su propio rol de administrador; pídaselo a otro administrador.</translation>
    </message>
    <message>
        <source>You cannot remove yourself; ask another admin.</source>
        <translation>No puede eliminarse a sí mismo; pídaselo a otro administrador.</translation>
    </message>
    <message>
        <source>a display item cannot be required or repeat; that is ignored.</source>
        <translation>un elemento display no puede ser obligatorio ni repetirse; se ignora esa indicación.</translation>
    </message>
    <message>
        <source>a display item cannot hold other items.</source>
        <translation>un elemento display no puede contener otros elementos.</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a recipient has an unknown suite</source>
        <translation>un destinatario tiene un conjunto de cifrado desconocido</translation>
    </message>
    <message>
        <source>a recipient is listed twice</source>
        <translation>un destinatario aparece dos veces</translation>
    </message>
    <message>
        <source>a recipient is malformed</source>
        <translation>un destinatario está mal formado</translation>
    </message>
    <message>
        <source>a {type} item takes {keys} or {last}, not {key} ({value}).</source>
        <translation>una pregunta de tipo {type} admite {keys} o {last}, no {key} ({value}).</translation>
    </message>
    <message>
        <source>a {type} item takes {keys}, not {key} ({value}).</source>
        <translation>una pregunta de tipo {type} admite {keys}, no {key} ({value}).</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>add attachments</source>
        <translation>añadir adjuntos</translation>
    </message>
    <message>
        <source>agency key</source>
        <translation>claves de la entidad</translation>
    </message>
    <message>
        <source>an answer's coding has no code.</source>
        <translation>el coding de una respuesta no tiene code.</translation>
    </message>
    <message>
        <source>an answerOption is not a JSON object.</source>
        <translation>un answerOption no es un objeto JSON.</translation>
    </message>
    <message>
        <source>an answerOption needs exactly one value.</source>
        <translation>un answerOption necesita exactamente un valor.</translation>
    </message>
    <message>
        <source>an enableWhen needs a question and one of the operators exists = != &gt; &lt; &gt;= &lt;=.</source>
        <translation>un enableWhen necesita una pregunta y uno de los operadores exists = != &gt; &lt; &gt;= &lt;=.</translation>
    </message>
    <message>
        <source>an enableWhen needs exactly one answer value.</source>
        <translation>un enableWhen necesita exactamente un valor de respuesta.</translation>
    </message>
    <message>
        <source>an extension has no url.</source>
        <translation>una extensión no tiene url.</translation>
    </message>
    <message>
        <source>an initial value does not fit a {type} item.</source>
        <translation>un valor inicial no corresponde a una pregunta de tipo {type}.</translation>
    </message>
    <message>
        <source>an item has either answerOption or answerValueSet, not both.</source>
        <translation>una pregunta lleva answerOption o answerValueSet, pero no ambos.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>answer lists on a {type} item are not supported (only on choice and open-choice).</source>
        <translation>no se admiten listas de respuestas en una pregunta de tipo {type} (solo en choice y open-choice).</translation>
    </message>
    <message>
        <source>answer referrals</source>
        <translation>responder a derivaciones</translation>
    </message>
    <message>
        <source>answerExpression (computed answer lists)</source>
        <translation>answerExpression (listas de respuestas calculadas)</translation>
    </message>
    <message>
        <source>answerOption is not a list.</source>
        <translation>answerOption no es una lista.</translation>
    </message>
    <message>
        <source>answerOption {key} is not supported (only {keys}).</source>
        <translation>answerOption {key} no se admite (solo {keys}).</translation>
    </message>
    <message>
        <source>answerOptionsToggleExpression</source>
        <translation>answerOptionsToggleExpression</translation>
    </message>
    <message>
        <source>assign cases</source>
        <translation>asignar casos</translation>
    </message>
    <message>
        <source>candidateExpression</source>
        <translation>candidateExpression</translation>
    </message>
    <message>
        <source>change cases</source>
        <translation>modificar casos</translation>
    </message>
    <message>
        <source>change client records</source>
        <translation>modificar registros de clientes</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>cambiar la configuración</translation>
    </message>
    <message>
        <source>change the partner directory</source>
        <translation>modificar el directorio de entidades</translation>
    </message>
    <message>
        <source>close cases</source>
        <translation>cerrar casos</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>columna {column}</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>constraints</source>
        <translation>restricciones</translation>
    </message>
    <message>
        <source>contextExpression</source>
        <translation>contextExpression</translation>
    </message>
    <message>
        <source>created is not a timestamp</source>
        <translation>created no es una marca de tiempo</translation>
    </message>
    <message>
        <source>datapackage.json lists {listed}, but the file is missing</source>
        <translation>datapackage.json menciona {listed}, pero falta el archivo</translation>
    </message>
    <message>
        <source>datapackage.json must be an object with a 'resources' list</source>
        <translation>datapackage.json debe ser un objeto con una lista 'resources'</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>device keys</source>
        <translation>claves de dispositivo</translation>
    </message>
    <message>
        <source>electronic</source>
        <translation>electrónico</translation>
    </message>
    <message>
        <source>enableBehavior must be 'any' or 'all', not {behavior}.</source>
        <translation>enableBehavior debe ser 'any' o 'all', no {behavior}.</translation>
    </message>
    <message>
        <source>enableWhen conditions go round in a circle ({loop}): none of them can ever be answered first.</source>
        <translation>las condiciones enableWhen forman un ciclo ({loop}): ninguna de esas preguntas puede responderse en primer lugar.</translation>
    </message>
    <message>
        <source>enableWhen is not a list.</source>
        <translation>enableWhen no es una lista.</translation>
    </message>
    <message>
        <source>enableWhen names the item {question}, which the form does not have.</source>
        <translation>enableWhen menciona el elemento {question}, que no existe en el formulario.</translation>
    </message>
    <message>
        <source>enableWhen names {question}, a {type} item that takes no answer.</source>
        <translation>enableWhen menciona {question}, un elemento de tipo {type} que no admite respuesta.</translation>
    </message>
    <message>
        <source>enableWhen {key} is not supported.</source>
        <translation>enableWhen {key} no se admite.</translation>
    </message>
    <message>
        <source>enrol this laptop with the hub</source>
        <translation>registrar este portátil en el servidor central</translation>
    </message>
    <message>
        <source>export reports</source>
        <translation>exportar informes</translation>
    </message>
    <message>
        <source>file {file}</source>
        <translation>archivo {file}</translation>
    </message>
    <message>
        <source>fill in forms</source>
        <translation>rellenar formularios</translation>
    </message>
    <message>
        <source>given</source>
        <translation>otorgado</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>import clients from a spreadsheet</source>
        <translation>importar clientes desde una hoja de cálculo</translation>
    </message>
    <message>
        <source>import or retire forms</source>
        <translation>importar o retirar formularios</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>initial values belong on questions, as a list.</source>
        <translation>los valores iniciales van en las preguntas, en forma de lista.</translation>
    </message>
    <message>
        <source>initialExpression (pre-population)</source>
        <translation>initialExpression (rellenado previo)</translation>
    </message>
    <message>
        <source>it built a collection of more than {limit} items</source>
        <translation>generó una colección de más de {limit} elementos</translation>
    </message>
    <message>
        <source>it evaluated more than {limit} steps</source>
        <translation>evaluó más de {limit} pasos</translation>
    </message>
    <message>
        <source>it ran longer than {seconds} s</source>
        <translation>tardó más de {seconds} s</translation>
    </message>
    <message>
        <source>it recursed too deeply</source>
        <translation>su recursión fue demasiado profunda</translation>
    </message>
    <message>
        <source>itemPopulationContext (pre-population)</source>
        <translation>itemPopulationContext (rellenado previo)</translation>
    </message>
    <message>
        <source>launchContext (pre-population)</source>
        <translation>launchContext (rellenado previo)</translation>
    </message>
    <message>
        <source>location</source>
        <translation>ubicación</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>make or restore backups</source>
        <translation>hacer o restaurar copias de seguridad</translation>
    </message>
    <message>
        <source>manage tasks</source>
        <translation>gestionar tareas</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>gestionar usuarios</translation>
    </message>
    <message>
        <source>maxLength has no meaning on a {type} item; it is ignored.</source>
        <translation>maxLength no tiene sentido en una pregunta de tipo {type}; se ignora.</translation>
    </message>
    <message>
        <source>maxLength must be a positive whole number.</source>
        <translation>maxLength debe ser un número entero positivo.</translation>
    </message>
    <message>
        <source>maxOccurs</source>
        <translation>maxOccurs</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <source>met</source>
        <translation>atendida</translation>
    </message>
    <message>
        <source>minOccurs above 1 is not supported.</source>
        <translation>minOccurs mayor que 1 no se admite.</translation>
    </message>
    <message>
        <source>modifier extensions change the item's meaning in ways CollabDesk cannot check.</source>
        <translation>las extensiones modificadoras cambian el significado del elemento de formas que CollabDesk no puede comprobar.</translation>
    </message>
    <message>
        <source>modular forms</source>
        <translation>formularios modulares</translation>
    </message>
    <message>
        <source>nonce is not 12 bytes of base64</source>
        <translation>nonce no son 12 bytes en base64</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>open cases</source>
        <translation>abrir casos</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>read sensitive notes</source>
        <translation>leer notas confidenciales</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>leer el registro de auditoría</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibida</translation>
    </message>
    <message>
        <source>record consent</source>
        <translation>registrar consentimientos</translation>
    </message>
    <message>
        <source>reference answers</source>
        <translation>respuestas de tipo referencia</translation>
    </message>
    <message>
        <source>register clients</source>
        <translation>registrar clientes</translation>
    </message>
    <message>
        <source>resolve conflicting edits</source>
        <translation>resolver ediciones en conflicto</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>fila {row}</translation>
    </message>
    <message>
        <source>score {score}</source>
        <translation>puntuación {score}</translation>
    </message>
    <message>
        <source>see cases</source>
        <translation>ver casos</translation>
    </message>
    <message>
        <source>see client records</source>
        <translation>ver registros de clientes</translation>
    </message>
    <message>
        <source>see every case of the agency</source>
        <translation>ver todos los casos de la entidad</translation>
    </message>
    <message>
        <source>see forms and their answers</source>
        <translation>ver los formularios y sus respuestas</translation>
    </message>
    <message>
        <source>see referrals</source>
        <translation>ver derivaciones</translation>
    </message>
    <message>
        <source>see reports</source>
        <translation>ver informes</translation>
    </message>
    <message>
        <source>see the partner directory</source>
        <translation>ver el directorio de entidades</translation>
    </message>
    <message>
        <source>send referrals</source>
        <translation>enviar derivaciones</translation>
    </message>
    <message>
        <source>sender is not a device id</source>
        <translation>sender no es un id de dispositivo</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <source>service</source>
        <translation>servicio</translation>
    </message>
    <message>
        <source>service started</source>
        <translation>servicio iniciado</translation>
    </message>
    <message>
        <source>sourceQueries (pre-population)</source>
        <translation>sourceQueries (rellenado previo)</translation>
    </message>
    <message>
        <source>sub-questionnaires (modular forms)</source>
        <translation>subcuestionarios (formularios modulares)</translation>
    </message>
    <message>
        <source>submit reports to the hub</source>
        <translation>enviar informes al servidor central</translation>
    </message>
    <message>
        <source>sync with the hub</source>
        <translation>sincronizar con el servidor central</translation>
    </message>
    <message>
        <source>taxonomy term</source>
        <translation>término de taxonomía</translation>
    </message>
    <message>
        <source>the answer has no single value.</source>
        <translation>la respuesta no tiene exactamente un valor.</translation>
    </message>
    <message>
        <source>the answer is above the most allowed, {limit}.</source>
        <translation>la respuesta supera el máximo permitido ({limit}).</translation>
    </message>
    <message>
        <source>the answer is below the least allowed, {limit}.</source>
        <translation>la respuesta es inferior al mínimo permitido ({limit}).</translation>
    </message>
    <message>
        <source>the answer is longer than {limit} characters.</source>
        <translation>la respuesta tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <source>the answer is not a FHIR answer element.</source>
        <translation>la respuesta no es un elemento answer de FHIR.</translation>
    </message>
    <message>
        <source>the answer list #{ref} is not contained in the form.</source>
        <translation>la lista de respuestas #{ref} no está contenida en el formulario.</translation>
    </message>
    <message>
        <source>the answer list #{ref} lists no concepts.</source>
        <translation>la lista de respuestas #{ref} no enumera ningún concepto.</translation>
    </message>
    <message>
        <source>the answer list #{ref} uses filters or other value sets; list its concepts instead.</source>
        <translation>la lista de respuestas #{ref} usa filtros u otros conjuntos de valores; enumere directamente sus conceptos.</translation>
    </message>
    <message>
        <source>the answer list {ref} is not inside the form and cannot be read offline; the answer is typed as a code.</source>
        <translation>la lista de respuestas {ref} no está dentro del formulario y no se puede leer sin conexión; la respuesta se escribe como un código.</translation>
    </message>
    <message>
        <source>the attachment is larger than {limit} kB; attach it to the case instead.</source>
        <translation>el adjunto ocupa más de {limit} kB; adjúntelo al caso.</translation>
    </message>
    <message>
        <source>the choice item lists no answers; the answer is typed.</source>
        <translation>la pregunta de tipo choice no tiene lista de respuestas; la respuesta se escribe a mano.</translation>
    </message>
    <message>
        <source>the extension {url} is not known to CollabDesk; it is ignored.</source>
        <translation>la extensión {url} es desconocida para CollabDesk; se ignora.</translation>
    </message>
    <message>
        <source>the extension {url} only changes presentation or serves data extraction; it is ignored.</source>
        <translation>la extensión {url} solo afecta a la presentación o a la extracción de datos; se ignora.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>el archivo</translation>
    </message>
    <message>
        <source>the form has no such item.</source>
        <translation>el formulario no tiene ese elemento.</translation>
    </message>
    <message>
        <source>the group holds no items.</source>
        <translation>el grupo no contiene elementos.</translation>
    </message>
    <message>
        <source>the item control {control} is not supported; the item is shown with the usual control for its type.</source>
        <translation>el control de elemento {control} no se admite; el elemento se muestra con el control habitual de su tipo.</translation>
    </message>
    <message>
        <source>the item has more than one calculatedExpression.</source>
        <translation>el elemento tiene más de una calculatedExpression.</translation>
    </message>
    <message>
        <source>the same calculatedExpression is given twice; it is used once.</source>
        <translation>la misma calculatedExpression aparece dos veces; se usa una sola vez.</translation>
    </message>
    <message>
        <source>the stored form</source>
        <translation>el formulario guardado</translation>
    </message>
    <message>
        <source>there must be 1 to {most} recipients</source>
        <translation>debe haber de 1 a {most} destinatarios</translation>
    </message>
    <message>
        <source>unexpected or missing fields</source>
        <translation>faltan campos o sobran</translation>
    </message>
    <message>
        <source>unknown kind</source>
        <translation>tipo desconocido</translation>
    </message>
    <message>
        <source>unmet</source>
        <translation>no atendida</translation>
    </message>
    <message>
        <source>unsupported version</source>
        <translation>versión no admitida</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <source>verbal</source>
        <translation>verbal</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirado</translation>
    </message>
    <message>
        <source>write notes</source>
        <translation>escribir notas</translation>
    </message>
    <message>
        <source>written</source>
        <translation>escrito</translation>
    </message>
    <message>
        <source>{base_url!r} is not a hub address; give it as https://host[:port] (or http:// on a closed network).</source>
        <translation>{base_url!r} no es una dirección de servidor central; escríbala como https://host[:puerto] (o http:// en una red cerrada).</translation>
    </message>
    <message>
        <source>{count} of this import's records were edited or used since it was made, so it can no longer be undone as a whole; change those records one by one instead.</source>
        <translation>{count} registros de esta importación se editaron o usaron después, así que ya no se puede deshacer entera; cambie esos registros uno a uno.</translation>
    </message>
    <message>
        <source>{count} rows have errors; fix them in the file, or skip them to import the rest.</source>
        <translation>{count} filas tienen errores; corríjalas en el archivo u omítalas para importar el resto.</translation>
    </message>
    <message>
        <source>{data_dir} already holds a CollabDesk store.</source>
        <translation>{data_dir} ya contiene datos de CollabDesk.</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>{display_name} can no longer sign in here.</source>
        <translation>{display_name} ya no puede iniciar sesión aquí.</translation>
    </message>
    <message>
        <source>{display_name} was removed and cannot sign in.</source>
        <translation>{display_name} fue dado de baja y no puede iniciar sesión.</translation>
    </message>
    <message>
        <source>{form} is already here with other content. Give the changed form a new version.</source>
        <translation>{form} ya existe aquí con otro contenido. Asigne una nueva versión al formulario modificado.</translation>
    </message>
    <message>
        <source>{form} is retired: it takes no new responses.</source>
        <translation>{form} está retirado: no admite nuevas respuestas.</translation>
    </message>
    <message>
        <source>{id!r} is not a measure id: use lower-case letters, digits and _ (up to 64).</source>
        <translation>{id!r} no es un identificador de medida: use minúsculas, cifras y _ (hasta 64).</translation>
    </message>
    <message>
        <source>{key} is not an agency id</source>
        <translation>{key} no es un id de entidad</translation>
    </message>
    <message>
        <source>{key} {value} is not a valid value of that type.</source>
        <translation>{key} {value} no es un valor válido de ese tipo.</translation>
    </message>
    <message>
        <source>{month!r} is not a month; write it as YYYY-MM, e.g. 2026-10.</source>
        <translation>{month!r} no es un mes; escríbalo como AAAA-MM, p. ej. 2026-10.</translation>
    </message>
    <message>
        <source>{name!r} cannot be shared.</source>
        <translation>{name!r} no se puede compartir.</translation>
    </message>
    <message>
        <source>{name!r} is not a usable operator name: use 1-55 letters, digits and . _ @ -, starting with a letter or digit.</source>
        <translation>{name!r} no es un nombre de operador utilizable: use de 1 a 55 letras, dígitos y . _ @ -, empezando por una letra o un dígito.</translation>
    </message>
    <message>
        <source>{name} cannot be read ({error}).</source>
        <translation>No se puede leer {name} ({error}).</translation>
    </message>
    <message>
        <source>{name} cannot be read ({strerror}).</source>
        <translation>No se puede leer {name} ({strerror}).</translation>
    </message>
    <message>
        <source>{name} changed while it was being checked; try again.</source>
        <translation>{name} cambió mientras se comprobaba; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{name} has a malformed envelope frame.</source>
        <translation>{name} tiene un marco de sobre mal formado.</translation>
    </message>
    <message>
        <source>{name} has a malformed header.</source>
        <translation>{name} tiene un encabezado mal formado.</translation>
    </message>
    <message>
        <source>{name} holds a different number of envelopes than it says.</source>
        <translation>{name} contiene un número de sobres distinto del que declara.</translation>
    </message>
    <message>
        <source>{name} is cut short; copy it again.</source>
        <translation>{name} está cortado; cópielo de nuevo.</translation>
    </message>
    <message>
        <source>{name} is damaged: its header cannot be read. Use another backup.</source>
        <translation>{name} está dañado: no se puede leer su encabezado. Use otra copia de seguridad.</translation>
    </message>
    <message>
        <source>{name} is incomplete or damaged ({size} bytes, expected {expected}). Use another backup.</source>
        <translation>{name} está incompleto o dañado ({size} bytes; se esperaban {expected}). Use otra copia de seguridad.</translation>
    </message>
    <message>
        <source>{name} must be true or false.</source>
        <translation>{name} debe ser true o false.</translation>
    </message>
    <message>
        <source>{name} is damaged (header too large).</source>
        <translation type="vanished">{name} está dañado (encabezado demasiado grande).</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete (its checksum does not match); copy it again from the other laptop.</source>
        <translation>{name} está dañado o incompleto (su suma de comprobación no coincide); cópielo de nuevo desde el otro portátil.</translation>
    </message>
    <message>
        <source>{name} is incomplete or damaged ({size} bytes, expected {expected}).</source>
        <translation type="vanished">{name} está incompleto o dañado ({size} bytes; se esperaban {expected}).</translation>
    </message>
    <message>
        <source>{name} is larger than a bundle can be.</source>
        <translation>{name} es más grande de lo que puede ser un paquete.</translation>
    </message>
    <message>
        <source>{name} is not a CollabDesk backup.</source>
        <translation>{name} no es una copia de seguridad de CollabDesk.</translation>
    </message>
    <message>
        <source>{name} is not a CollabDesk sync bundle.</source>
        <translation>{name} no es un paquete de sincronización de CollabDesk.</translation>
    </message>
    <message>
        <source>{name} is not a readable CollabDesk backup ({exc}).</source>
        <translation type="vanished">{name} no es una copia de seguridad de CollabDesk legible ({exc}).</translation>
    </message>
    <message>
        <source>{name} was altered or damaged; it cannot be trusted.</source>
        <translation>{name} fue alterado o está dañado; no es de fiar.</translation>
    </message>
    <message>
        <source>{name} was written by a newer CollabDesk; update this one.</source>
        <translation>{name} lo escribió una versión más reciente de CollabDesk; actualice esta.</translation>
    </message>
    <message>
        <source>{n} GB</source>
        <translation>{n} GB</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} bytes</translation>
    </message>
    <message>
        <source>{n} kB</source>
        <translation>{n} kB</translation>
    </message>
    <message>
        <source>{problem} ({where})</source>
        <translation>{problem} ({where})</translation>
    </message>
    <message>
        <source>{problem} Nothing was changed. Restore the store from a backup ('collabdesk restore FILE'), or move this data folder aside and set the laptop up again to fetch the agency's records from the hub (see the IT guide).</source>
        <translation>{problem} No se cambió nada. Restaure los datos desde una copia de seguridad ('collabdesk restore FILE') o aparte esta carpeta de datos y vuelva a configurar el equipo para descargar los registros de la entidad desde el servidor central (consulte la guía de TI).</translation>
    </message>
    <message>
        <source>{problem} at {path}</source>
        <translation>{problem} en {path}</translation>
    </message>
    <message>
        <source>{resource} has no {element}</source>
        <translation>{resource} no tiene {element}</translation>
    </message>
    <message>
        <source>{resource}.{element} has a value that cannot be read: '{value}'</source>
        <translation>{resource}.{element} tiene un valor que no se puede leer: '{value}'</translation>
    </message>
    <message>
        <source>{resource}.{element} points to a {found}, not a ServiceRequest</source>
        <translation>{resource}.{element} apunta a un {found}, no a un ServiceRequest</translation>
    </message>
    <message>
        <source>{resource}.{element} points to {reference}, which is not in the Bundle</source>
        <translation>{resource}.{element} apunta a {reference}, que no está en el Bundle</translation>
    </message>
    <message>
        <source>{source} holds no FHIR resource.</source>
        <translation>{source} no contiene ningún recurso FHIR.</translation>
    </message>
    <message>
        <source>{source} is a JSON document without a resourceType, not a FHIR Questionnaire.</source>
        <translation>{source} es un documento JSON sin resourceType, no un Questionnaire de FHIR.</translation>
    </message>
    <message>
        <source>{source} is a {kind}, not a FHIR Questionnaire.</source>
        <translation>{source} es un recurso {kind}, no un Questionnaire de FHIR.</translation>
    </message>
    <message>
        <source>{source} is not UTF-8 text.</source>
        <translation>{source} no es texto UTF-8.</translation>
    </message>
    <message>
        <source>{source} is not valid JSON ({error} at line {line}, column {column}).</source>
        <translation>{source} no es un JSON válido ({error} en la línea {line}, columna {column}).</translation>
    </message>
    <message>
        <source>{source} is {megabytes} MB; a form may be at most {limit} MB.</source>
        <translation>{source} ocupa {megabytes} MB; un formulario puede ocupar como máximo {limit} MB.</translation>
    </message>
    <message>
        <source>{target} already exists.</source>
        <translation>{target} ya existe.</translation>
    </message>
    <message>
        <source>{url} has no value.</source>
        <translation>{url} no tiene valor.</translation>
    </message>
    <message>
        <source>{url} is not a number.</source>
        <translation>{url} no es un número.</translation>
    </message>
    <message>
        <source>{user} is not allowed to {what}. Ask a supervisor or administrator.</source>
        <translation>{user} no tiene permiso para {what}. Pregunte a un supervisor o a un administrador.</translation>
    </message>
    <message>
        <source>{value!r} is not a valid {key}.</source>
        <translation>{value!r} no es un valor válido de {key}.</translation>
    </message>
    <message>
        <source>{value} is not one of the item's answers.</source>
        <translation>{value} no es una de las respuestas de la pregunta.</translation>
    </message>
    <message>
        <source>{version!r} is not a version number; give it like 0.2.0.</source>
        <translation>{version!r} no es un número de versión; escríbalo como 0.2.0.</translation>
    </message>
    <message>
        <source>{where} has two {kind}s with the same label.</source>
        <translation>{where} tiene dos elementos de tipo {kind} con la misma etiqueta.</translation>
    </message>
    <message>
        <source>{where} has {labels} row labels but {rows} rows.</source>
        <translation>{where} tiene {labels} etiquetas de fila pero {rows} filas.</translation>
    </message>
    <message>
        <source>{where} needs at least one row and one column.</source>
        <translation>{where} necesita al menos una fila y una columna.</translation>
    </message>
    <message>
        <source>{where}: row {label!r} has {counts} counts, expected {expected}.</source>
        <translation>{where}: la fila {label!r} tiene {counts} recuentos; se esperaban {expected}.</translation>
    </message>
    <message>
        <source>{where}: row {label!r} holds {value!r}; counts must be whole numbers of 0 or more.</source>
        <translation>{where}: la fila {label!r} contiene {value!r}; los recuentos deben ser números enteros de 0 o más.</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Creating the encrypted store</source>
        <translation>Creando los datos cifrados</translation>
    </message>
    <message>
        <source>Tuning the passphrase protection to this laptop and creating the store. This takes a few seconds.</source>
        <translation>Ajustando la protección de la frase de contraseña a este portátil y creando los datos. Tarda unos segundos.</translation>
    </message>
    <message>
        <source>Progress message</source>
        <translation>Mensaje de progreso</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Try creating the store again</source>
        <translation>Volver a intentar crear los datos</translation>
    </message>
    <message>
        <source>Measuring this laptop…</source>
        <translation>Midiendo este portátil…</translation>
    </message>
    <message>
        <source>Tuning the passphrase protection to this laptop…</source>
        <translation>Ajustando la protección de la frase de contraseña a este portátil…</translation>
    </message>
    <message>
        <source>The store is ready.</source>
        <translation>Los datos están listos.</translation>
    </message>
    <message>
        <source>The store could not be created: {error}</source>
        <translation>No se pudieron crear los datos: {error}</translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message>
        <source>On this laptop only</source>
        <translation>Solo en este portátil</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>At the hub</source>
        <translation>En el servidor central</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregada</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Falló: {reason}</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>motivo desconocido</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <extracomment>the strength score (0-4, see vault.passphrase_strength) a new passphrase needs</extracomment>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>You have changes that are not saved: {what}. Save them before you go on?</source>
        <translation>Tiene cambios sin guardar: {what}. ¿Quiere guardarlos antes de continuar?</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Muy débil</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Muy fuerte</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase advice</source>
        <translation>Consejos para la frase de contraseña</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Repítala:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Solidez:</translation>
    </message>
    <message>
        <source>Use four or more unrelated words; a sentence you will remember works well.</source>
        <translation>Use cuatro o más palabras sin relación entre sí; una frase que vaya a recordar funciona bien.</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>A stronger passphrase is required.</source>
        <translation>Se necesita una frase de contraseña más segura.</translation>
    </message>
    <message>
        <source>Type it again to confirm.</source>
        <translation>Escríbala de nuevo para confirmarla.</translation>
    </message>
    <message>
        <source>This recovery code unlocks the agency's data if every passphrase is forgotten. It is shown only now. Print it or save it to a USB stick, and keep it locked away — anyone with it can open the store.</source>
        <translation>Este código de recuperación desbloquea los datos de la entidad si se olvidan todas las frases de contraseña. Solo se muestra ahora. Imprímalo o cópielo en una memoria USB, y manténgalo bajo llave — cualquiera que lo tenga puede abrir el almacén de datos.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Imprimir el código de recuperación</translation>
    </message>
    <message>
        <source>Save as file…</source>
        <translation>Guardar como archivo…</translation>
    </message>
    <message>
        <source>Save the recovery code as a file</source>
        <translation>Guardar el código de recuperación en un archivo</translation>
    </message>
    <message>
        <source>Recovery code status</source>
        <translation>Estado del código de recuperación</translation>
    </message>
    <message>
        <source>I have stored the recovery code safely</source>
        <translation>He guardado el código de recuperación en un lugar seguro</translation>
    </message>
    <message>
        <source>CollabDesk recovery code</source>
        <translation>Código de recuperación de CollabDesk</translation>
    </message>
    <message>
        <source>Agency: {name}</source>
        <translation>Entidad: {name}</translation>
    </message>
    <message>
        <source>Keep this paper locked away. Anyone holding it can open the agency's store on this laptop.</source>
        <translation>Guarde este papel bajo llave. Cualquiera que lo tenga puede abrir el almacén de datos de la entidad en este equipo.</translation>
    </message>
    <message>
        <source>Print recovery code</source>
        <translation>Imprimir código de recuperación</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>Save recovery code</source>
        <translation>Guardar código de recuperación</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>The file could not be written: {error}</source>
        <translation>No se pudo escribir el archivo: {error}</translation>
    </message>
    <message>
        <source>Saved to {path}. Move it to a USB stick kept somewhere safe, and delete it from this laptop.</source>
        <translation>Guardado en {path}. Muévalo a una memoria USB guardada en un lugar seguro y bórrelo de este equipo.</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Partner directory</source>
        <translation>Directorio de entidades</translation>
    </message>
    <message>
        <source>Search partners and services…</source>
        <translation>Buscar entidades y servicios…</translation>
    </message>
    <message>
        <source>Search the partner directory</source>
        <translation>Buscar en el directorio de entidades</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <source>Any need</source>
        <translation>Cualquier necesidad</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>Idioma hablado</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Area served</source>
        <translation>Zona atendida</translation>
    </message>
    <message>
        <source>Partner services</source>
        <translation>Servicios de las entidades</translation>
    </message>
    <message>
        <source>Service details</source>
        <translation>Detalles del servicio</translation>
    </message>
    <message>
        <source>Add &amp;partner…</source>
        <translation>Añadir &amp;entidad…</translation>
    </message>
    <message>
        <source>Add a partner</source>
        <translation>Añadir una entidad</translation>
    </message>
    <message>
        <source>Add &amp;service…</source>
        <translation>Añadir &amp;servicio…</translation>
    </message>
    <message>
        <source>Add a partner service</source>
        <translation>Añadir un servicio de una entidad</translation>
    </message>
    <message>
        <source>&amp;Import HSDS…</source>
        <translation>&amp;Importar HSDS…</translation>
    </message>
    <message>
        <source>Import a partner directory</source>
        <translation>Importar un directorio de entidades</translation>
    </message>
    <message>
        <source>Only a supervisor or administrator can change the partner directory.</source>
        <translation>Solo un supervisor o un administrador puede modificar el directorio de entidades.</translation>
    </message>
    <message>
        <source>Number of services</source>
        <translation>Número de servicios</translation>
    </message>
    <message>
        <source>&amp;Need:</source>
        <translation>&amp;Necesidad:</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n servicio</numerusform>
            <numerusform>%n servicios</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a service to see how to reach it.</source>
        <translation>Seleccione un servicio para ver cómo contactarlo.</translation>
    </message>
    <message>
        <source>Needs: {v}</source>
        <translation>Necesidades: {v}</translation>
    </message>
    <message>
        <source>Languages: {v}</source>
        <translation>Idiomas: {v}</translation>
    </message>
    <message>
        <source>Areas: {v}</source>
        <translation>Zonas: {v}</translation>
    </message>
    <message>
        <source>Eligibility: {v}</source>
        <translation>Requisitos: {v}</translation>
    </message>
    <message>
        <source>Fees: {v}</source>
        <translation>Tarifas: {v}</translation>
    </message>
    <message>
        <source>Status: {v}</source>
        <translation>Estado: {v}</translation>
    </message>
    <message>
        <source>Importing the partner directory</source>
        <translation>Importando el directorio de entidades</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>FieldErrorLabel</name>
    <message>
        <source>Error for {field}</source>
        <translation>Error en {field}</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message>
        <source>Save a copy of the attachment</source>
        <translation>Guardar una copia del adjunto</translation>
    </message>
    <message>
        <source>Import a form (FHIR Questionnaire)</source>
        <translation>Importar un formulario (FHIR Questionnaire)</translation>
    </message>
    <message>
        <source>FHIR Questionnaires (*.json);;All files (*)</source>
        <translation>Cuestionarios FHIR (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import a partner directory (HSDS)</source>
        <translation>Importar un directorio de entidades (HSDS)</translation>
    </message>
    <message>
        <source>HSDS packages (*.json *.zip);;All files (*)</source>
        <translation>Paquetes HSDS (*.json *.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save the referral as a FHIR file</source>
        <translation>Guardar la derivación como archivo FHIR</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json);;All files (*)</source>
        <translation>FHIR JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save the referral letter</source>
        <translation>Guardar la carta de derivación</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Import a FHIR file</source>
        <translation>Importar un archivo FHIR</translation>
    </message>
</context>
<context>
    <name>FillDialog</name>
    <message>
        <source>Amend: %1</source>
        <translation>Enmendar: %1</translation>
    </message>
    <message>
        <source>Fill in: %1</source>
        <translation>Rellenar: %1</translation>
    </message>
    <message>
        <source>Sensitive form: only you and supervisors will see these answers.</source>
        <translation>Formulario confidencial: solo usted y los supervisores verán estas respuestas.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>What the answers suggest</source>
        <translation>Lo que sugieren las respuestas</translation>
    </message>
    <message>
        <source>Save as &amp;draft</source>
        <translation>Guardar como &amp;borrador</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>Guardar como borrador</translation>
    </message>
    <message>
        <source>Keep what is typed so far; finish it later.</source>
        <translation>Guarda lo escrito hasta ahora; termínelo más tarde.</translation>
    </message>
    <message>
        <source>Save &amp;amendment</source>
        <translation>Guardar la &amp;enmienda</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Completar</translation>
    </message>
    <message>
        <source>Save the amendment</source>
        <translation>Guardar la enmienda</translation>
    </message>
    <message>
        <source>Complete the form</source>
        <translation>Completar el formulario</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Puntuación: %1</translation>
    </message>
    <message>
        <source>When completed, this suggests: %1</source>
        <translation>Al completarlo, sugiere: %1</translation>
    </message>
    <message>
        <source>Some answers need attention: see the messages beside them.</source>
        <translation>Algunas respuestas requieren atención: vea los mensajes junto a ellas.</translation>
    </message>
    <message>
        <source>Some answers could not be read: see the messages beside them.</source>
        <translation>Algunas respuestas no se pudieron leer: vea los mensajes junto a ellas.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up CollabDesk</source>
        <translation>Configurar CollabDesk</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>FormDialogs</name>
    <message>
        <source>Amended</source>
        <translation>Enmendada</translation>
    </message>
</context>
<context>
    <name>FormEditors</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>(a file)</source>
        <translation>(un archivo)</translation>
    </message>
    <message>
        <source>This is not a valid answer here.</source>
        <translation>Esta respuesta no es válida aquí.</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(sin respuesta)</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Otra:</translation>
    </message>
    <message>
        <source>Other answer to: %1</source>
        <translation>Otra respuesta a: %1</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation>Borrar la respuesta</translation>
    </message>
    <message>
        <source>Clear the answer to: %1</source>
        <translation>Borrar la respuesta a: %1</translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation>Escriba un número entero.</translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation>Escriba un número.</translation>
    </message>
    <message>
        <source>No file</source>
        <extracomment>picks the file; replaced in tests</extracomment>
        <translation>Ningún archivo</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Elegir un archivo…</translation>
    </message>
    <message>
        <source>Choose a file for: %1</source>
        <translation>Elegir un archivo para: %1</translation>
    </message>
    <message>
        <source>Add another answer</source>
        <translation>Añadir otra respuesta</translation>
    </message>
    <message>
        <source>Add another answer to: %1</source>
        <translation>Añadir otra respuesta a: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this answer to: %1</source>
        <translation>Quitar esta respuesta a: %1</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Leyendo «%1»…</translation>
    </message>
    <message>
        <source>“%1” is no longer there: it was moved or deleted after it was chosen. The answer was not changed.</source>
        <translation>«%1» ya no está: se movió o se eliminó después de elegirlo. La respuesta no cambió.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: you do not have permission to open it. The answer was not changed.</source>
        <translation>No se puede leer «%1»: no tiene permiso para abrirlo. La respuesta no cambió.</translation>
    </message>
    <message>
        <source>“%1” is %2; a file in a form can be at most %3 MB. The answer was not changed.</source>
        <translation>«%1» ocupa %2; un archivo en un formulario puede ocupar como máximo %3 MB. La respuesta no cambió.</translation>
    </message>
    <message>
        <source>“%1” could not be read (%2). The answer was not changed.</source>
        <translation>No se pudo leer «%1» (%2). La respuesta no cambió.</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Add another: %1</source>
        <translation>Añadir otro: %1</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoria</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Ayuda: %1</translation>
    </message>
</context>
<context>
    <name>FormsAdmin</name>
    <message>
        <source>Agency fields (client profile)</source>
        <translation>Campos de la entidad (ficha del cliente)</translation>
    </message>
    <message>
        <source>Assessment (case)</source>
        <translation>Evaluación (caso)</translation>
    </message>
    <message>
        <source>Screening (case)</source>
        <translation>Cribado (caso)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>%1 responses · %2 cases · %3 clients</source>
        <translation>%1 respuestas · %2 casos · %3 clientes</translation>
    </message>
</context>
<context>
    <name>FormsAdminPanel</name>
    <message>
        <source>Forms</source>
        <translation>Formularios</translation>
    </message>
    <message>
        <source>Use of the form to import</source>
        <translation>Uso del formulario que se importa</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>&amp;Uso:</translation>
    </message>
    <message>
        <source>&amp;Sensitive (like sensitive notes)</source>
        <translation>&amp;Confidencial (como las notas confidenciales)</translation>
    </message>
    <message>
        <source>Import as a sensitive form</source>
        <translation>Importar como formulario confidencial</translation>
    </message>
    <message>
        <source>&amp;Import a form…</source>
        <translation>&amp;Importar un formulario…</translation>
    </message>
    <message>
        <source>Import a form from a file</source>
        <translation>Importar un formulario desde un archivo</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <source>Retire the selected form</source>
        <translation>Retirar el formulario seleccionado</translation>
    </message>
    <message>
        <source>Rei&amp;nstate</source>
        <translation>Restable&amp;cer</translation>
    </message>
    <message>
        <source>Reinstate the selected form</source>
        <translation>Restablecer el formulario seleccionado</translation>
    </message>
    <message>
        <source>Import warnings</source>
        <translation>Avisos de la importación</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Resultado de la importación</translation>
    </message>
    <message>
        <source>%1 (version %2): parts CollabDesk does not use are listed below.</source>
        <translation>%1 (versión %2): abajo se listan las partes que CollabDesk no usa.</translation>
    </message>
    <message>
        <source>%1 (version %2) was already imported.</source>
        <translation>%1 (versión %2) ya estaba importado.</translation>
    </message>
    <message>
        <source>Imported %1 (version %2).</source>
        <translation>Importado: %1 (versión %2).</translation>
    </message>
    <message>
        <source>Parts of it CollabDesk does not use are listed below.</source>
        <translation>Abajo se listan las partes que CollabDesk no usa.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Your cases: the clients you work with, overdue work first. Type in the filter box to narrow the list; choose which statuses to show on the right.</source>
        <extracomment>section key → (what the page is for, keys that work on it); untranslated (context "Help")</extracomment>
        <translation>Sus casos: los clientes con los que trabaja, primero el trabajo atrasado. Escriba en el cuadro de filtro para acotar la lista; elija a la derecha qué estados mostrar.</translation>
    </message>
    <message>
        <source>Arrows: move · Enter: open the case · Esc in the filter: clear it</source>
        <translation>Flechas: moverse · Enter: abrir el caso · Esc en el filtro: borrarlo</translation>
    </message>
    <message>
        <source>Every case of the agency, for supervisors: who works on what, and which cases have overdue tasks.</source>
        <translation>Todos los casos de la entidad, para supervisores: quién trabaja en qué y qué casos tienen tareas atrasadas.</translation>
    </message>
    <message>
        <source>Find a client by name, phone number or date of birth — misspelt names are found too — and see their cases. Register a new client with New intake: it warns you about a likely duplicate before anything is saved.</source>
        <translation>Busque un cliente por nombre, número de teléfono o fecha de nacimiento —también si el nombre está mal escrito— y vea sus casos. Registre un nuevo cliente con Nueva admisión: le avisa de un posible duplicado antes de guardar nada.</translation>
    </message>
    <message>
        <source>Ctrl+N: new intake · Enter in the results: go to the client's cases · Enter on a case: open it</source>
        <translation>Ctrl+N: nueva admisión · Enter en los resultados: ir a los casos del cliente · Enter en un caso: abrirlo</translation>
    </message>
    <message>
        <source>Referrals from partners (Incoming) and to partners (Outgoing). New incoming referrals are in bold: accept or decline them. The State column says where each referral is: still on this laptop, at the hub, delivered, or answered by the partner.</source>
        <translation>Derivaciones de entidades colaboradoras (Recibidas) y hacia ellas (Enviadas). Las nuevas derivaciones recibidas aparecen en negrita: acéptelas o rechácelas. La columna Estado indica dónde está cada derivación: todavía en este equipo, en el servidor central, entregada o respondida por la entidad colaboradora.</translation>
    </message>
    <message>
        <source>Ctrl+Tab: other tab · Arrows: move · the buttons under the list act on the selected referral</source>
        <translation>Ctrl+Tab: otra pestaña · Flechas: moverse · los botones bajo la lista actúan sobre la derivación seleccionada</translation>
    </message>
    <message>
        <source>Follow-ups with a due date. Tick a task when it is done; Undo appears for a few seconds if you ticked the wrong one.</source>
        <translation>Seguimientos con fecha límite. Marque una tarea cuando esté hecha; si marcó la que no era, aparece Deshacer durante unos segundos.</translation>
    </message>
    <message>
        <source>Space: tick the selected task · Ctrl+Z: undo · Enter: open the task's case</source>
        <translation>Space: marcar la tarea seleccionada · Ctrl+Z: deshacer · Enter: abrir el caso de la tarea</translation>
    </message>
    <message>
        <source>The partner agencies and the services they offer, for finding where to refer a client. An administrator imports a directory file (Open Referral HSDS) or adds partners by hand.</source>
        <translation>Las entidades colaboradoras y los servicios que ofrecen, para saber adónde derivar a un cliente. Un administrador importa un archivo de directorio (Open Referral HSDS) o añade entidades a mano.</translation>
    </message>
    <message>
        <source>Type to search · Arrows: move · the pane on the right shows how to reach the selected service</source>
        <translation>Escriba para buscar · Flechas: moverse · el panel de la derecha muestra cómo contactar con el servicio seleccionado</translation>
    </message>
    <message>
        <source>Records edited on two laptops at once. The newer version is shown meanwhile; here a supervisor picks the right one or types a merged value, so nothing is silently lost.</source>
        <translation>Registros modificados en dos equipos a la vez. Mientras tanto se muestra la versión más reciente; aquí un supervisor elige la correcta o escribe un valor combinado, para que nada se pierda sin avisar.</translation>
    </message>
    <message>
        <source>Arrows: move · choose a version, then Resolve</source>
        <translation>Flechas: moverse · elija una versión y luego Resolver</translation>
    </message>
    <message>
        <source>The monthly summary for the network. Choose the month and Preview: what you see is exactly what an export or a submission holds, with small counts withheld.</source>
        <translation>El resumen mensual para la red. Elija el mes y pulse Vista previa: lo que ve es exactamente lo que contiene una exportación o un envío, con las cifras pequeñas ocultas.</translation>
    </message>
    <message>
        <source>Tab: move between the period, Preview and the export buttons</source>
        <translation>Tab: moverse entre el periodo, Vista previa y los botones de exportación</translation>
    </message>
    <message>
        <source>Users of this laptop, backups, the agency's settings and its forms. Passphrases belong to this laptop; roles apply on every laptop. Forms: import a FHIR Questionnaire (a file that is refused says which item is wrong), see where each version is used, retire one to stop new responses (old ones are still shown).</source>
        <translation>Usuarios de este portátil, copias de seguridad, la configuración de la entidad y sus formularios. Las frases de contraseña son de este portátil; los roles valen en todos. Formularios: importe un FHIR Questionnaire (un archivo rechazado dice qué elemento falla), vea dónde se usa cada versión y retire uno para que no reciba nuevas respuestas (las anteriores se siguen mostrando).</translation>
    </message>
    <message>
        <source>One case: the client's profile (with the agency's own fields), needs, services, notes, tasks, consent, referrals, and assessments and screenings with their latest scores. Changes you type are kept if you leave or the laptop locks; you are asked before anything is lost.</source>
        <translation>Un caso: la ficha del cliente (con los campos propios de la entidad), necesidades, servicios, notas, tareas, consentimiento, derivaciones, y evaluaciones y cribados con sus últimas puntuaciones. Lo que escribe se conserva si sale o el portátil se bloquea; se le pregunta antes de perder nada.</translation>
    </message>
    <message>
        <source>Users of this laptop, backups and the agency's settings. Passphrases belong to this laptop; roles apply on every laptop.</source>
        <translation type="vanished">Usuarios de este equipo, copias de seguridad y configuración de la entidad. Las frases de contraseña son propias de este equipo; los roles se aplican en todos los equipos.</translation>
    </message>
    <message>
        <source>Ctrl+Tab: next tab · Enter on a user: edit</source>
        <translation>Ctrl+Tab: pestaña siguiente · Enter en un usuario: editarlo</translation>
    </message>
    <message>
        <source>Connecting this laptop to the partner hub, approving the agency's other laptops, and offline bundles for places with no connection. Compare fingerprints by phone before approving.</source>
        <translation>Conectar este equipo al servidor central de la red, aprobar los demás equipos de la entidad y crear paquetes sin conexión para lugares sin internet. Compare las huellas digitales por teléfono antes de aprobar.</translation>
    </message>
    <message>
        <source>F9: sync now</source>
        <translation>F9: sincronizar ahora</translation>
    </message>
    <message>
        <source>One case: the client's profile, needs, services, notes, tasks, consent and referrals. Changes you type are kept if you leave or the laptop locks; you are asked before anything is lost.</source>
        <translation type="vanished">Un caso: la ficha del cliente, necesidades, servicios, notas, tareas, consentimiento y derivaciones. Lo que escribe se conserva si sale o si el equipo se bloquea; se le pregunta antes de perder nada.</translation>
    </message>
    <message>
        <source>Ctrl+Enter: add the note · Ctrl+Tab: next tab · Enter in a profile field: save the profile</source>
        <translation>Ctrl+Enter: añadir la nota · Ctrl+Tab: pestaña siguiente · Enter en un campo de la ficha: guardar la ficha</translation>
    </message>
    <message>
        <source>Assessments, screenings and agency fields are the agency's own forms. Start one from a case's Assessments tab (or, for agency fields, from the client's profile). Save as draft keeps what you typed; Complete checks every answer and shows a message beside each one that needs attention. Amending a completed response keeps the earlier versions: open a response to see them. Scores are worked out as you answer; a screening may suggest a need, which you confirm (the need is added to the case) or dismiss.</source>
        <translation>Las evaluaciones, los cribados y los campos de la entidad son formularios propios de la entidad. Empiece uno desde la pestaña Evaluaciones de un caso (o, para los campos de la entidad, desde la ficha del cliente). Guardar como borrador conserva lo escrito; Completar revisa cada respuesta y muestra un mensaje junto a las que requieren atención. Enmendar una respuesta completada conserva las versiones anteriores: abra una respuesta para verlas. Las puntuaciones se calculan mientras responde; un cribado puede sugerir una necesidad, que usted confirma (se añade al caso) o descarta.</translation>
    </message>
    <message>
        <source>Tab: next question · Arrows: choose among round buttons · Space: tick a box or choose · Alt+Down: open a drop-down · Ctrl+Enter: complete · Ctrl+S: save · Esc: cancel</source>
        <translation>Tab: siguiente pregunta · Flechas: elegir entre botones redondos · Espacio: marcar una casilla o elegir · Alt+Abajo: abrir una lista · Ctrl+Intro: completar · Ctrl+S: guardar · Esc: cancelar</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9: go to a section · Ctrl+F: find · F5: refresh · F9: sync now · Ctrl+L: lock · F1: this help</source>
        <translation>Ctrl+1 … Ctrl+9: ir a una sección · Ctrl+F: buscar · F5: actualizar · F9: sincronizar ahora · Ctrl+L: bloquear · F1: esta ayuda</translation>
    </message>
    <message>
        <source>Help: {page}</source>
        <translation>Ayuda: {page}</translation>
    </message>
    <message>
        <source>Keys on this page:</source>
        <translation>Teclas de esta página:</translation>
    </message>
    <message>
        <source>Keys everywhere:</source>
        <translation>Teclas en toda la aplicación:</translation>
    </message>
    <message>
        <source>Full guides for workers, supervisors and IT volunteers:</source>
        <translation>Guías completas para trabajadores, supervisores y voluntarios de TI:</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Texto de ayuda</translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <source>Partner hub (optional)</source>
        <translation>Servidor central de la red (opcional)</translation>
    </message>
    <message>
        <source>If your network runs a partner hub, type its address. You can skip this: CollabDesk works fully offline, and the laptop can be enrolled with the hub later from Admin.</source>
        <translation>Si su red tiene un servidor central, escriba su dirección. Puede omitir este paso: CollabDesk funciona totalmente sin conexión y el portátil se puede registrar en el servidor más adelante desde Administración.</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Dirección del servidor central</translation>
    </message>
    <message>
        <source>Hub address message</source>
        <translation>Mensaje sobre la dirección del servidor central</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>&amp;Dirección del servidor central:</translation>
    </message>
    <message>
        <source>That does not look like a web address. It starts with https:// (or leave the field empty to skip).</source>
        <translation>Eso no parece una dirección web. Empieza por https:// (o deje el campo vacío para omitirlo).</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import failed</source>
        <translation>La importación falló</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Resultado de la importación</translation>
    </message>
    <message>
        <source>Nothing was imported. {message}</source>
        <translation>No se importó nada. {message}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>The partner directory was updated from {source}.</source>
        <translation>El directorio de entidades se actualizó desde {source}.</translation>
    </message>
    <message>
        <source>Partners added</source>
        <translation>Entidades añadidas</translation>
    </message>
    <message>
        <source>Partners updated</source>
        <translation>Entidades actualizadas</translation>
    </message>
    <message>
        <source>Services added</source>
        <translation>Servicios añadidos</translation>
    </message>
    <message>
        <source>Services updated</source>
        <translation>Servicios actualizados</translation>
    </message>
    <message>
        <source>Services no longer listed (now inactive)</source>
        <translation>Servicios que ya no figuran (ahora inactivos)</translation>
    </message>
    <message>
        <source>No longer listed by the source, now inactive:</source>
        <translation>Ya no figuran en la fuente, ahora inactivos:</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="vanished">Avisos</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avisos:</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>{name} · born {born} · {phone} — {reasons}</source>
        <translation>{name} · nacimiento {born} · {phone} — {reasons}</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>sin teléfono</translation>
    </message>
    <message>
        <source>New intake</source>
        <translation>Nueva admisión</translation>
    </message>
    <message>
        <source>Possibly already registered</source>
        <translation>Puede que ya esté registrado</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>Existing clients who may be this person</source>
        <translation>Clientes existentes que pueden ser esta persona</translation>
    </message>
    <message>
        <source>&amp;Open selected record</source>
        <translation>A&amp;brir el registro seleccionado</translation>
    </message>
    <message>
        <source>Open the selected existing record</source>
        <translation>Abrir el registro existente seleccionado</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Edited after an undone import</source>
        <translation>Editado tras una importación deshecha</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cubierta</translation>
    </message>
    <message>
        <source>Unmet</source>
        <translation>Sin cubrir</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Service started</source>
        <translation>Servicio iniciado</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Otorgado</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Alimentación</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Salud mental</translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation>Consumo de sustancias</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Jurídico</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Empleo</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Cuidado infantil</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Ordinaria</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>Pronto</translation>
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
        <source>Electronic</source>
        <translation>Electrónico</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Derivación</translation>
    </message>
    <message>
        <source>Care coordination</source>
        <translation>Coordinación de la atención</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Informes</translation>
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
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identificadores</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>No binario</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Edited on two laptops</source>
        <translation>Editado en dos portátiles</translation>
    </message>
    <message>
        <source>Status change refused</source>
        <translation>Cambio de estado rechazado</translation>
    </message>
    <message>
        <source>Reassigned on two laptops</source>
        <translation>Reasignado en dos portátiles</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Trabajador</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Adjunto</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Partner service</source>
        <translation>Servicio de la entidad</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Defunct</source>
        <translation>Cerrado definitivamente</translation>
    </message>
    <message>
        <source>Temporarily closed</source>
        <translation>Cerrado temporalmente</translation>
    </message>
    <message>
        <source>form “{title}”</source>
        <translation>formulario «{title}»</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>My caseload</source>
        <translation>Mis casos</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Todos los casos</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Derivaciones</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Partner directory</source>
        <translation>Directorio de entidades</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>%n overdue</source>
        <translation>vencidas: %n</translation>
    </message>
    <message>
        <source>%n new</source>
        <comment>referrals</comment>
        <translation>nuevas: %n</translation>
    </message>
    <message>
        <source>%n to review</source>
        <comment>conflicts</comment>
        <translation>por revisar: %n</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Current section</source>
        <translation>Sección actual</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About CollabDesk</source>
        <translation>&amp;Acerca de CollabDesk</translation>
    </message>
    <message>
        <source>&amp;Help for this page</source>
        <translation>&amp;Ayuda de esta página</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>New intake</source>
        <translation>Nueva admisión</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Sección %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>This laptop does not sync: it is not connected to a hub, or your role does not include syncing. An administrator connects it on the Network page.</source>
        <translation>Este equipo no se sincroniza: no está conectado a un servidor central o su rol no incluye la sincronización. Un administrador lo conecta en la página Red.</translation>
    </message>
    <message>
        <source>The hub did not answer. This laptop keeps working offline and tries again by itself; nothing is lost.</source>
        <translation>El servidor central no respondió. Este equipo sigue funcionando sin conexión y vuelve a intentarlo solo; no se pierde nada.</translation>
    </message>
    <message>
        <source>This laptop is not connected to a hub yet. An administrator connects it on the Network page.</source>
        <translation>Este equipo aún no está conectado a un servidor central. Un administrador lo conecta en la página Red.</translation>
    </message>
    <message>
        <source>This laptop waits for an administrator on another laptop of the agency to approve it.</source>
        <translation>Este equipo espera a que un administrador lo apruebe desde otro equipo de la entidad.</translation>
    </message>
    <message>
        <source>This laptop was removed from the agency's laptops and no longer syncs.</source>
        <translation>Este equipo se quitó de los equipos de la entidad y ya no se sincroniza.</translation>
    </message>
    <message>
        <source>Sync did not complete: {reason}</source>
        <translation>La sincronización no se completó: {reason}</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>MeasuresPanel</name>
    <message>
        <source>Network measures</source>
        <translation>Medidas de la red</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Marco</translation>
    </message>
    <message>
        <source>Network key fingerprint</source>
        <translation>Huella de la clave de red</translation>
    </message>
    <message>
        <source>Refused framework</source>
        <translation>Marco rechazado</translation>
    </message>
    <message>
        <source>What the network asks for</source>
        <translation>Lo que pide la red</translation>
    </message>
    <message>
        <source>What changed in this version</source>
        <translation>Qué cambió en esta versión</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>No measurement framework has arrived from the network yet. It comes with the next sync once the network's backbone publishes one.</source>
        <translation>Aún no ha llegado ningún marco de medición de la red. Llegará con la próxima sincronización cuando la organización coordinadora publique uno.</translation>
    </message>
    <message>
        <source>%1 — version %2, %3 measures.</source>
        <translation>%1 — versión %2, %3 medidas.</translation>
    </message>
    <message>
        <source>Network key fingerprint: %1</source>
        <translation>Huella de la clave de red: %1</translation>
    </message>
    <message>
        <source>No network key pinned yet.</source>
        <translation>Aún no se ha fijado ninguna clave de red.</translation>
    </message>
    <message>
        <source>A framework was refused: %1</source>
        <translation>Se rechazó un marco: %1</translation>
    </message>
    <message>
        <source>count</source>
        <translation>recuento</translation>
    </message>
    <message>
        <source>share</source>
        <translation>proporción</translation>
    </message>
    <message>
        <source>median</source>
        <translation>mediana</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadida</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiada</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retirada</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>medida</translation>
    </message>
    <message>
        <source>form</source>
        <translation>formulario</translation>
    </message>
</context>
<context>
    <name>NeedDialog</name>
    <message>
        <source>Add a need</source>
        <translation>Añadir una necesidad</translation>
    </message>
    <message>
        <source>Edit need</source>
        <translation>Editar necesidad</translation>
    </message>
    <message>
        <source>&amp;Domain</source>
        <translation>Á&amp;mbito</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>&amp;Gravedad</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>&amp;Descripción</translation>
    </message>
</context>
<context>
    <name>NetworkMeasuresPreview</name>
    <message>
        <source>Network measures</source>
        <translation>Medidas de la red</translation>
    </message>
    <message>
        <source>Resubmit under the current framework</source>
        <translation>Volver a enviar con el marco actual</translation>
    </message>
    <message>
        <source>Network measures as they will leave</source>
        <translation>Medidas de la red tal como saldrán</translation>
    </message>
    <message>
        <source>The network's measures ({network}, framework version {version}), exactly as they will leave:</source>
        <translation>Las medidas de la red ({network}, versión {version} del marco), exactamente como saldrán:</translation>
    </message>
    <message>
        <source>This month was submitted under framework version {old}; resubmit it under version {new}</source>
        <translation>Este mes se envió con la versión {old} del marco; volver a enviarlo con la versión {new}</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>omitida</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>sin cifra</translation>
    </message>
    <message>
        <source>{share}% ({numerator} of {denominator})</source>
        <translation>{share} % ({numerator} de {denominator})</translation>
    </message>
    <message>
        <source>{value:g} (median of {n})</source>
        <translation>{value:g} (mediana de {n})</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Este portátil</translation>
    </message>
    <message>
        <source>Connection to the hub</source>
        <translation>Conexión con el servidor central</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>This laptop's fingerprint</source>
        <translation>La huella de este portátil</translation>
    </message>
    <message>
        <source>The agency's fingerprint</source>
        <translation>La huella de la entidad</translation>
    </message>
    <message>
        <source>This laptop's fingerprint:</source>
        <translation>Huella de este portátil:</translation>
    </message>
    <message>
        <source>Agency fingerprint:</source>
        <translation>Huella de la entidad:</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Dirección del servidor central</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Código de registro</translation>
    </message>
    <message>
        <source>one-time code from the hub operator</source>
        <translation>código de un solo uso de quien gestiona el servidor</translation>
    </message>
    <message>
        <source>Name of this laptop</source>
        <translation>Nombre de este portátil</translation>
    </message>
    <message>
        <source>Agency's hub id</source>
        <translation>Identificador de la entidad en el servidor central</translation>
    </message>
    <message>
        <source>only for the agency's first laptop</source>
        <translation>solo para el primer portátil de la entidad</translation>
    </message>
    <message>
        <source>Expected agency fingerprint</source>
        <translation>Huella esperada de la entidad</translation>
    </message>
    <message>
        <source>optional: as shown on a laptop already connected</source>
        <translation>opcional: tal como aparece en un portátil ya conectado</translation>
    </message>
    <message>
        <source>&amp;Hub address:</source>
        <translation>Dirección del &amp;servidor central:</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation>&amp;Código de registro:</translation>
    </message>
    <message>
        <source>&amp;Name of this laptop:</source>
        <translation>&amp;Nombre de este portátil:</translation>
    </message>
    <message>
        <source>Agency's hub &amp;id:</source>
        <translation>&amp;Identificador de la entidad en el servidor:</translation>
    </message>
    <message>
        <source>E&amp;xpected agency fingerprint:</source>
        <translation>Huella &amp;esperada de la entidad:</translation>
    </message>
    <message>
        <source>&amp;Enrol this laptop</source>
        <translation>&amp;Registrar este portátil</translation>
    </message>
    <message>
        <source>Enrol this laptop with the hub</source>
        <translation>Registrar este portátil en el servidor central</translation>
    </message>
    <message>
        <source>Laptops of the agency</source>
        <translation>Portátiles de la entidad</translation>
    </message>
    <message>
        <source>&amp;Remove laptop…</source>
        <translation>&amp;Quitar portátil…</translation>
    </message>
    <message>
        <source>Remove the selected laptop</source>
        <translation>Quitar el portátil seleccionado</translation>
    </message>
    <message>
        <source>Laptops waiting for approval</source>
        <translation>Portátiles a la espera de aprobación</translation>
    </message>
    <message>
        <source>Ask the &amp;hub</source>
        <translation>Consultar al &amp;servidor</translation>
    </message>
    <message>
        <source>Ask the hub which laptops are waiting</source>
        <translation>Preguntar al servidor central qué portátiles esperan</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Aprobar…</translation>
    </message>
    <message>
        <source>Approve the selected laptop</source>
        <translation>Aprobar el portátil seleccionado</translation>
    </message>
    <message>
        <source>Partner agencies</source>
        <translation>Entidades asociadas</translation>
    </message>
    <message>
        <source>Partner agencies and their pinned fingerprints</source>
        <translation>Entidades asociadas y sus huellas fijadas</translation>
    </message>
    <message>
        <source>Offline bundles (USB stick)</source>
        <translation>Paquetes sin conexión (memoria USB)</translation>
    </message>
    <message>
        <source>Where there is no connection, export this laptop's changes and referral messages to a file, carry it to another laptop and import it there. Bundles are sealed like everything sent to the hub.</source>
        <translation>Donde no hay conexión, exporte a un archivo los cambios y los mensajes de derivación de este portátil, llévelo a otro portátil e impórtelo allí. Los paquetes van cifrados como todo lo que se envía al servidor central.</translation>
    </message>
    <message>
        <source>E&amp;xport bundle…</source>
        <translation>E&amp;xportar paquete…</translation>
    </message>
    <message>
        <source>Export an offline bundle</source>
        <translation>Exportar un paquete sin conexión</translation>
    </message>
    <message>
        <source>I&amp;mport bundle…</source>
        <translation>I&amp;mportar paquete…</translation>
    </message>
    <message>
        <source>Import an offline bundle</source>
        <translation>Importar un paquete sin conexión</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Quitado</translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation>este portátil</translation>
    </message>
    <message>
        <source>first laptop</source>
        <translation>primer portátil</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Not upgraded yet</source>
        <translation>Aún sin actualizar</translation>
    </message>
    <message>
        <source>CollabDesk bundles (*.cdbundle);;All files (*)</source>
        <translation>Paquetes de CollabDesk (*.cdbundle);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Approve laptop</source>
        <translation>Aprobar portátil</translation>
    </message>
    <message>
        <source>Read the fingerprint shown on the Network page of “{label}” and type it here. Approve only if it matches.</source>
        <translation>Lea la huella que aparece en la página Red de «{label}» y escríbala aquí. Apruébelo solo si coincide.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Sync overview</source>
        <translation>Resumen de la sincronización</translation>
    </message>
    <message>
        <source>No sync since sign-in.</source>
        <translation>Sin sincronizar desde que entró.</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Sync with the hub now</source>
        <translation>Sincronizar ahora con el servidor central</translation>
    </message>
    <message>
        <source>Not connected to a hub. Enter the hub address and the one-time code from the hub operator.</source>
        <translation>No está conectado a un servidor central. Escriba la dirección del servidor y el código de un solo uso que le dio quien lo gestiona.</translation>
    </message>
    <message>
        <source>Enrolled with {hub}, waiting for approval. Ask an administrator at a laptop already connected to approve this one after comparing this laptop's fingerprint.</source>
        <translation>Registrado en {hub}, a la espera de aprobación. Pida a un administrador, desde un portátil ya conectado, que apruebe este después de comparar la huella de este portátil.</translation>
    </message>
    <message>
        <source>Connected to {hub}.</source>
        <translation>Conectado a {hub}.</translation>
    </message>
    <message>
        <source>This laptop was removed from the agency's laptops and no longer syncs. It can be enrolled again with a new code.</source>
        <translation>Este portátil se quitó de los portátiles de la entidad y ya no sincroniza. Se puede volver a registrar con un código nuevo.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(todavía ninguna)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n cambio pendiente de envío</numerusform>
            <numerusform>%n cambios pendientes de envío</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) for partners waiting</source>
        <translation>
            <numerusform>%n mensaje para entidades pendiente</numerusform>
            <numerusform>%n mensajes para entidades pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be delivered</source>
        <translation>
            <numerusform>%n mensaje no se pudo entregar</numerusform>
            <numerusform>%n mensajes no se pudieron entregar</numerusform>
        </translation>
    </message>
    <message>
        <source>last contact with the hub: {when}</source>
        <translation>último contacto con el servidor central: {when}</translation>
    </message>
    <message>
        <source>no contact with the hub yet</source>
        <translation>todavía sin contacto con el servidor central</translation>
    </message>
    <message>
        <source>last problem: {error}</source>
        <translation>último problema: {error}</translation>
    </message>
    <message>
        <source>Enter the hub address and the enrolment code.</source>
        <translation>Escriba la dirección del servidor central y el código de registro.</translation>
    </message>
    <message>
        <source>Enrolling this laptop…</source>
        <translation>Registrando este portátil…</translation>
    </message>
    <message>
        <source>This laptop is connected to the hub.</source>
        <translation>Este portátil está conectado al servidor central.</translation>
    </message>
    <message>
        <source>This laptop is enrolled and waits for approval. On a laptop already connected, open Network and approve it after comparing this fingerprint: {fp}</source>
        <translation>Este portátil está registrado y espera aprobación. En un portátil ya conectado, abra Red y apruébelo tras comparar esta huella: {fp}</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>Consultando al servidor central…</translation>
    </message>
    <message>
        <source>The hub could not be asked: {error}</source>
        <translation>No se pudo consultar al servidor central: {error}</translation>
    </message>
    <message>
        <source>No laptop is waiting.</source>
        <translation>Ningún portátil está esperando.</translation>
    </message>
    <message numerus="yes">
        <source>%n laptop(s) waiting.</source>
        <translation>
            <numerusform>%n portátil esperando.</numerusform>
            <numerusform>%n portátiles esperando.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approving the laptop…</source>
        <translation>Aprobando el portátil…</translation>
    </message>
    <message>
        <source>“{label}” can now sync with the agency's data.</source>
        <translation>«{label}» ya puede sincronizar con los datos de la entidad.</translation>
    </message>
    <message>
        <source>Remove laptop</source>
        <translation>Quitar portátil</translation>
    </message>
    <message>
        <source>Remove “{label}” from the agency's laptops? It will no longer sync, and new data will be sealed with a new agency key it does not have. It keeps what it already holds, so report a lost laptop as well.</source>
        <translation>¿Quitar «{label}» de los portátiles de la entidad? Dejará de sincronizar y los datos nuevos se cifrarán con una clave nueva de la entidad que ese portátil no tiene. Conserva lo que ya tiene, así que si se ha perdido, denúncielo también.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>“{label}” was removed.</source>
        <translation>Se quitó «{label}».</translation>
    </message>
    <message>
        <source>Removing the laptop…</source>
        <translation>Quitando el portátil…</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Escribiendo el paquete…</translation>
    </message>
    <message numerus="yes">
        <source>Bundle written to {path}: %n change(s) and {messages} message(s) for partners.</source>
        <translation>
            <numerusform>Paquete guardado en {path}: %n cambio y {messages} mensaje(s) para entidades.</numerusform>
            <numerusform>Paquete guardado en {path}: %n cambios y {messages} mensaje(s) para entidades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the bundle…</source>
        <translation>Leyendo el paquete…</translation>
    </message>
    <message numerus="yes">
        <source>Bundle read: %n envelope(s) applied</source>
        <translation>
            <numerusform>Paquete leído: %n sobre aplicado</numerusform>
            <numerusform>Paquete leído: %n sobres aplicados</numerusform>
        </translation>
    </message>
    <message>
        <source>, {skipped} already here, {rejected} refused.</source>
        <translation>, {skipped} ya estaban aquí, {rejected} rechazados.</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Rechazado: {reason}</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Last sync at {when}: sent {events} change(s) and {sent} message(s), received {applied} envelope(s), {rejected} refused.</source>
        <translation>Última sincronización a las {when}: enviados {events} cambio(s) y {sent} mensaje(s), recibidos {applied} sobre(s), {rejected} rechazado(s).</translation>
    </message>
    <message>
        <source>{n} message(s) could not be delivered.</source>
        <translation>{n} mensaje(s) no se pudieron entregar.</translation>
    </message>
    <message>
        <source>At {when} the hub did not answer; this laptop keeps working offline and tries again later.</source>
        <translation>A las {when} el servidor central no respondió; este portátil sigue funcionando sin conexión y lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>Not connected to a hub yet.</source>
        <translation>Todavía no está conectado a un servidor central.</translation>
    </message>
    <message>
        <source>At {when}: {message}</source>
        <translation>A las {when}: {message}</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case for {name}</source>
        <translation>Nuevo caso para {name}</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <source>e.g. Housing after eviction</source>
        <translation>p. ej. vivienda tras un desahucio</translation>
    </message>
    <message>
        <source>No need yet</source>
        <translation>Todavía sin necesidad</translation>
    </message>
    <message>
        <source>Case &amp;title</source>
        <translation>&amp;Título del caso</translation>
    </message>
    <message>
        <source>Give the case a short title.</source>
        <translation>Dé al caso un título breve.</translation>
    </message>
    <message>
        <source>First &amp;need</source>
        <translation>Primera &amp;necesidad</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>&amp;Gravedad</translation>
    </message>
    <message>
        <source>Need &amp;description</source>
        <translation>&amp;Descripción de la necesidad</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Record the partner's answer</source>
        <translation>Registrar la respuesta del socio</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>Record the answer</source>
        <translation>Registrar la respuesta</translation>
    </message>
    <message>
        <source>Why the partner declined</source>
        <translation>Por qué rechazó el socio</translation>
    </message>
    <message>
        <source>&amp;What {partner} did</source>
        <translation>Qué &amp;hizo {partner}</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Say why the partner declined.</source>
        <translation>Indique por qué rechazó el socio.</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Add a partner</source>
        <translation>Añadir una entidad</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>A partner needs a name.</source>
        <translation>La entidad necesita un nombre.</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>Sitio &amp;web</translation>
    </message>
</context>
<context>
    <name>PartnerServiceDialog</name>
    <message>
        <source>Add a partner service</source>
        <translation>Añadir un servicio de una entidad</translation>
    </message>
    <message>
        <source>Meets need: {domain}</source>
        <translation>Cubre la necesidad: {domain}</translation>
    </message>
    <message>
        <source>comma-separated, e.g. English, Spanish</source>
        <translation>separados por comas, p. ej. inglés, español</translation>
    </message>
    <message>
        <source>comma-separated towns or districts</source>
        <translation>localidades o barrios separados por comas</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Entidad</translation>
    </message>
    <message>
        <source>Choose the partner that offers the service.</source>
        <translation>Elija la entidad que ofrece el servicio.</translation>
    </message>
    <message>
        <source>&amp;Service name</source>
        <translation>Nombre del &amp;servicio</translation>
    </message>
    <message>
        <source>A service needs a name.</source>
        <translation>El servicio necesita un nombre.</translation>
    </message>
    <message>
        <source>&amp;Needs it meets</source>
        <translation>&amp;Necesidades que cubre</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Idiomas</translation>
    </message>
    <message>
        <source>&amp;Areas served</source>
        <translation>Zonas &amp;atendidas</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>Di&amp;rección</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Eligibility</source>
        <translation>Re&amp;quisitos</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase for {name}</source>
        <translation>Frase de contraseña para {name}</translation>
    </message>
    <message>
        <source>This sets {name}'s passphrase on this laptop only. Tell them in person, not by e-mail.</source>
        <translation>Esto establece la frase de contraseña de {name} solo en este portátil. Comuníquesela en persona, no por correo electrónico.</translation>
    </message>
    <message>
        <source>Set passphrase</source>
        <translation>Establecer frase de contraseña</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Elija una frase de contraseña</translation>
    </message>
    <message>
        <source>The passphrase unlocks the store. Nobody can reset it for you without the recovery code, so pick one you will remember.</source>
        <translation>La frase de contraseña abre los datos. Nadie puede restablecerla sin el código de recuperación, así que elija una que vaya a recordar.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>“{section}” is not available in this version yet.</source>
        <translation>«{section}» todavía no está disponible en esta versión.</translation>
    </message>
</context>
<context>
    <name>PqRollout</name>
    <message>
        <source>Post-quantum suite</source>
        <translation>Suite poscuántica</translation>
    </message>
    <message>
        <source>Require &amp;post-quantum suite…</source>
        <translation>Exigir suite &amp;poscuántica…</translation>
    </message>
    <message>
        <source>Require the post-quantum suite for this agency</source>
        <translation>Exigir la suite poscuántica para esta entidad</translation>
    </message>
    <message>
        <source>This agency requires the post-quantum suite.</source>
        <translation>Esta entidad exige la suite poscuántica.</translation>
    </message>
    <message>
        <source>Not upgraded yet: {labels}. Each gets its post-quantum key on its next sync with this version.</source>
        <translation>Aún sin actualizar: {labels}. Cada uno obtiene su clave poscuántica en su próxima sincronización con esta versión.</translation>
    </message>
    <message>
        <source>Every laptop has a post-quantum key.</source>
        <translation>Todos los portátiles tienen clave poscuántica.</translation>
    </message>
    <message>
        <source>Require post-quantum suite</source>
        <translation>Exigir suite poscuántica</translation>
    </message>
    <message>
        <source>From now on this agency takes only envelopes sealed with the post-quantum suite; a new agency key is made and sent to every laptop. Partner agencies that have not moved to it cannot exchange referrals with this agency until they have. This cannot be undone.</source>
        <translation>A partir de ahora esta entidad solo acepta sobres sellados con la suite poscuántica; se crea una nueva clave de la entidad y se envía a cada portátil. Las entidades asociadas que aún no la usen no podrán intercambiar derivaciones con esta entidad hasta que lo hagan. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Require</source>
        <translation>Exigir</translation>
    </message>
    <message>
        <source>This agency now requires the post-quantum suite.</source>
        <translation>Esta entidad exige ahora la suite poscuántica.</translation>
    </message>
    <message>
        <source>Requiring the post-quantum suite…</source>
        <translation>Exigiendo la suite poscuántica…</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Please give a reason.</source>
        <translation>Indique un motivo.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>New recovery code</source>
        <translation>Nuevo código de recuperación</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover access</source>
        <translation>Recuperar el acceso</translation>
    </message>
    <message>
        <source>Type the agency's recovery code (from the paper printed at setup) and choose a new passphrase.</source>
        <translation>Escriba el código de recuperación de la entidad (del papel impreso durante la configuración) y elija una frase de contraseña nueva.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>XXXX-XXXX-…</source>
        <translation>XXXX-XXXX-…</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Recovery message</source>
        <translation>Mensaje de recuperación</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <source>Set passphrase and sign in</source>
        <translation>Establecer frase de contraseña y entrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation>Código de recuperación:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Checking the recovery code…</source>
        <translation>Comprobando el código de recuperación…</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Estimated birth year</source>
        <translation>Año de nacimiento estimado</translation>
    </message>
    <message>
        <source>Send a referral</source>
        <translation>Enviar una derivación</translation>
    </message>
    <message>
        <source>&amp;Send referral</source>
        <translation>&amp;Enviar derivación</translation>
    </message>
    <message>
        <source>Send referral</source>
        <translation>Enviar derivación</translation>
    </message>
    <message>
        <source>1. Partner service</source>
        <translation>1. Servicio de la entidad</translation>
    </message>
    <message>
        <source>Search services…</source>
        <translation>Buscar servicios…</translation>
    </message>
    <message>
        <source>Search partner services</source>
        <translation>Buscar servicios de entidades</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <source>Any need</source>
        <translation>Cualquier necesidad</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>Idioma hablado</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Area served</source>
        <translation>Zona atendida</translation>
    </message>
    <message>
        <source>Partner services</source>
        <translation>Servicios de las entidades</translation>
    </message>
    <message>
        <source>Chosen service</source>
        <translation>Servicio elegido</translation>
    </message>
    <message>
        <source>2. What is shared</source>
        <translation>2. Qué se comparte</translation>
    </message>
    <message>
        <source>Share: {field}</source>
        <translation>Compartir: {field}</translation>
    </message>
    <message>
        <source>Completed forms to send with it:</source>
        <translation>Formularios completados que se envían con ella:</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Registrar &amp;consentimiento…</translation>
    </message>
    <message>
        <source>Record the client's consent</source>
        <translation>Registrar el consentimiento del cliente</translation>
    </message>
    <message>
        <source>Exactly what will be sent</source>
        <translation>Exactamente lo que se enviará</translation>
    </message>
    <message>
        <source>Exactly what will leave this agency:</source>
        <translation>Exactamente lo que saldrá de esta entidad:</translation>
    </message>
    <message>
        <source>&amp;Reason for referral</source>
        <translation>&amp;Motivo de la derivación</translation>
    </message>
    <message>
        <source>Say why you are referring the client.</source>
        <translation>Indique por qué deriva al cliente.</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>&amp;Urgencia</translation>
    </message>
    <message>
        <source>Print a letter (PDF)</source>
        <translation>Imprimir una carta (PDF)</translation>
    </message>
    <message>
        <source>Save a FHIR file (for a clinic's system)</source>
        <translation>Guardar un archivo FHIR (para el sistema de una clínica)</translation>
    </message>
    <message>
        <source>&amp;How it reaches the partner</source>
        <translation>Cómo &amp;llega al socio</translation>
    </message>
    <message>
        <source>Why the referral cannot be sent yet</source>
        <translation>Por qué todavía no se puede enviar la derivación</translation>
    </message>
    <message>
        <source>{form} ({date})</source>
        <translation>{form} ({date})</translation>
    </message>
    <message>
        <source>Send with it: {form}</source>
        <translation>Enviar con ella: {form}</translation>
    </message>
    <message>
        <source>{service} at {partner}</source>
        <translation>{service} en {partner}</translation>
    </message>
    <message>
        <source>{partner} is not on the hub: print a letter or save a FHIR file for you to hand over (neither is encrypted).</source>
        <translation>{partner} no está en el servidor central: imprima una carta o guarde un archivo FHIR para entregarlo usted (ninguno está cifrado).</translation>
    </message>
    <message>
        <source>&amp;Print letter…</source>
        <translation>&amp;Imprimir carta…</translation>
    </message>
    <message>
        <source>&amp;Save as FHIR file…</source>
        <translation>&amp;Guardar como archivo FHIR…</translation>
    </message>
    <message>
        <source>{partner} is not on the hub: the referral is saved as a FHIR file for you to hand over (the file is not encrypted).</source>
        <translation type="vanished">{partner} no está en el hub: la derivación se guarda como archivo FHIR para que usted lo entregue (el archivo no está cifrado).</translation>
    </message>
    <message>
        <source>Choose a partner service to see the consent that covers it.</source>
        <translation>Elija un servicio de una entidad para ver el consentimiento que lo cubre.</translation>
    </message>
    <message>
        <source>Covered by the client's {method} consent of {date} to share: {fields}.</source>
        <translation>Cubierto por el consentimiento {method} del cliente del {date} para compartir: {fields}.</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>ninguna abierta</translation>
    </message>
    <message>
        <source>Form: {form}, answered {date}</source>
        <translation>Formulario: {form}, respondido el {date}</translation>
    </message>
    <message>
        <source>Choose a partner service first.</source>
        <translation>Elija primero un servicio de una entidad.</translation>
    </message>
    <message>
        <source>Checking the client's consent…</source>
        <translation>Comprobando el consentimiento del cliente…</translation>
    </message>
    <message>
        <source>Sending is blocked: {problem}</source>
        <translation>El envío está bloqueado: {problem}</translation>
    </message>
</context>
<context>
    <name>ReferralState</name>
    <message>
        <source>({outcome})</source>
        <translation>({outcome})</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historial de estados</translation>
    </message>
    <message>
        <source>Not sent yet — on this laptop</source>
        <translation>Aún no enviada — en este equipo</translation>
    </message>
    <message>
        <source>Could not be delivered: {reason}</source>
        <translation>No se pudo entregar: {reason}</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>motivo desconocido</translation>
    </message>
    <message>
        <source>At the hub, not delivered yet</source>
        <translation>En el servidor central, aún no entregada</translation>
    </message>
    <message>
        <source>Received by the partner, not answered yet</source>
        <translation>Recibida por la entidad colaboradora, aún sin respuesta</translation>
    </message>
    <message>
        <source>Handed over on paper, waiting for the outcome</source>
        <translation>Entregada en papel, a la espera del resultado</translation>
    </message>
    <message>
        <source>Saved as a FHIR file</source>
        <translation>Guardada como archivo FHIR</translation>
    </message>
    <message>
        <source>Delivered, waiting for the partner</source>
        <translation>Entregada, a la espera de la entidad colaboradora</translation>
    </message>
    <message>
        <source>New — waiting for your answer</source>
        <translation>Nueva — a la espera de su respuesta</translation>
    </message>
    <message>
        <source>{status}: {reason}</source>
        <translation>{status}: {reason}</translation>
    </message>
    <message>
        <source>{status} — the partner is not told yet</source>
        <translation>{status} — aún no se ha avisado a la entidad colaboradora</translation>
    </message>
    <message>
        <source>{state} (overdue)</source>
        <translation>{state} (atrasada)</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Referrals</source>
        <translation>Derivaciones</translation>
    </message>
    <message>
        <source>Referral lists</source>
        <translation>Listas de derivaciones</translation>
    </message>
    <message>
        <source>&amp;Incoming</source>
        <translation>&amp;Recibidas</translation>
    </message>
    <message>
        <source>&amp;Outgoing</source>
        <translation>&amp;Enviadas</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation>&amp;Aceptar…</translation>
    </message>
    <message>
        <source>Accept the referral</source>
        <translation>Aceptar la derivación</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>&amp;Rechazar…</translation>
    </message>
    <message>
        <source>Decline the referral</source>
        <translation>Rechazar la derivación</translation>
    </message>
    <message>
        <source>&amp;Start service</source>
        <translation>&amp;Iniciar servicio</translation>
    </message>
    <message>
        <source>Record that the service started</source>
        <translation>Registrar que el servicio ha comenzado</translation>
    </message>
    <message>
        <source>Co&amp;mplete</source>
        <translation>Co&amp;mpletar</translation>
    </message>
    <message>
        <source>Record that the service is complete</source>
        <translation>Registrar que el servicio se ha completado</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>C&amp;errar…</translation>
    </message>
    <message>
        <source>Close the referral</source>
        <translation>Cerrar la derivación</translation>
    </message>
    <message>
        <source>Open &amp;case</source>
        <translation>Abrir &amp;caso</translation>
    </message>
    <message>
        <source>Open the referral's case</source>
        <translation>Abrir el caso de la derivación</translation>
    </message>
    <message>
        <source>E&amp;xport as FHIR…</source>
        <translation>E&amp;xportar como FHIR…</translation>
    </message>
    <message>
        <source>Export the referral as a FHIR file</source>
        <translation>Exportar la derivación como archivo FHIR</translation>
    </message>
    <message>
        <source>Import FHIR &amp;file…</source>
        <translation>Importar &amp;archivo FHIR…</translation>
    </message>
    <message>
        <source>Import a FHIR file from a clinic</source>
        <translation>Importar un archivo FHIR de una clínica</translation>
    </message>
    <message>
        <source>Record the &amp;answer…</source>
        <translation>Registrar la &amp;respuesta…</translation>
    </message>
    <message>
        <source>Record what a partner off the hub did</source>
        <translation>Registrar lo que hizo un socio fuera del servidor central</translation>
    </message>
    <message>
        <source>&amp;Letter…</source>
        <translation>&amp;Carta…</translation>
    </message>
    <message>
        <source>Save the referral letter again</source>
        <translation>Guardar de nuevo la carta de derivación</translation>
    </message>
    <message>
        <source>&amp;Forms sent…</source>
        <translation>&amp;Formularios enviados…</translation>
    </message>
    <message>
        <source>Read the forms sent with the referral</source>
        <translation>Leer los formularios enviados con la derivación</translation>
    </message>
    <message>
        <source>What the FHIR file did</source>
        <translation>Lo que hizo el archivo FHIR</translation>
    </message>
    <message>
        <source>&amp;Incoming ({n} new)</source>
        <translation>&amp;Recibidas ({n} nuevas)</translation>
    </message>
    <message>
        <source>Select a referral to see its details.</source>
        <translation>Seleccione una derivación para ver sus detalles.</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation>Estado: {state}</translation>
    </message>
    <message>
        <source>Client: {name}</source>
        <translation>Cliente: {name}</translation>
    </message>
    <message>
        <source>Forms sent with it: {n}</source>
        <translation>Formularios enviados con ella: {n}</translation>
    </message>
    <message>
        <source>The referral is saved as a FHIR file: {path}. The file is not encrypted: hand it over, then delete it.</source>
        <translation>La derivación se guardó como archivo FHIR: {path}. El archivo no está cifrado: entréguelo y luego bórrelo.</translation>
    </message>
    <message>
        <source>The referral's state is saved as a FHIR file: {path}. The file is not encrypted: hand it over, then delete it.</source>
        <translation>El estado de la derivación se guardó como archivo FHIR: {path}. El archivo no está cifrado: entréguelo y luego bórrelo.</translation>
    </message>
    <message>
        <source>A referral from {partner} for {client} is in the inbox. Accept it to check whether the client is already here.</source>
        <translation>Una derivación de {partner} para {client} está en la bandeja de entrada. Acéptela para comprobar si la persona ya está registrada aquí.</translation>
    </message>
    <message>
        <source>Recorded from the file: {states}.</source>
        <translation>Registrado a partir del archivo: {states}.</translation>
    </message>
    <message>
        <source>Nothing new: the referral already shows what the file says.</source>
        <translation>Nada nuevo: la derivación ya muestra lo que dice el archivo.</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation type="vanished">Estado: {status}</translation>
    </message>
    <message>
        <source>Shared: {fields}</source>
        <translation>Compartido: {fields}</translation>
    </message>
    <message>
        <source>Decline referral</source>
        <translation>Rechazar derivación</translation>
    </message>
    <message>
        <source>Close referral</source>
        <translation>Cerrar derivación</translation>
    </message>
    <message>
        <source>Why is the referral declined? The partner will see this.</source>
        <translation>¿Por qué se rechaza la derivación? La entidad lo verá.</translation>
    </message>
    <message>
        <source>Why is the referral closed?</source>
        <translation>¿Por qué se cierra la derivación?</translation>
    </message>
</context>
<context>
    <name>ReportFileDialogs</name>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, one file (*.csv);;CSV, one file per table (*.zip)</source>
        <translation>CSV, un archivo (*.csv);;CSV, un archivo por tabla (*.zip)</translation>
    </message>
    <message>
        <source>Export the summary</source>
        <translation>Exportar el resumen</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Preview the summary</source>
        <translation>Previsualizar el resumen</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Exportar XLSX…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Submit to hub</source>
        <translation>Enviar al servidor central</translation>
    </message>
    <message>
        <source>Queue this month's summary for the network's hub; it is sent when the hub answers.</source>
        <translation>Poner en cola el resumen de este mes para el servidor central de la red; se enviará cuando el servidor responda.</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Estado del informe</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <source>Monthly summaries are for supervisors.</source>
        <translation>Los resúmenes mensuales son para los supervisores.</translation>
    </message>
    <message>
        <source>Preview first: an export or a submission holds exactly what the preview shows.</source>
        <translation>Primero la vista previa: una exportación o un envío contiene exactamente lo que muestra la vista previa.</translation>
    </message>
    <message>
        <source>Choose the month, then Preview. Export and Submit become available once you have seen what will leave.</source>
        <translation>Elija el mes y luego Vista previa. Exportar y Enviar se activan cuando haya visto lo que va a salir.</translation>
    </message>
    <message>
        <source>Preparing the summary…</source>
        <translation>Preparando el resumen…</translation>
    </message>
    <message>
        <source>Preparing the summary</source>
        <translation>Preparando el resumen</translation>
    </message>
    <message>
        <source>{agency}, {period}: this is exactly what an export or a submission contains.</source>
        <translation>{agency}, {period}: esto es exactamente lo que contiene una exportación o un envío.</translation>
    </message>
    <message>
        <source>Orange cells: a count from 1 to {n} (withheld). Yellow cells: withheld so that a small count cannot be worked out from totals or other rows. Rows of workers are shown by name here; the hub gets pseudonyms.</source>
        <translation>Celdas naranjas: una cifra de 1 a {n} (ocultada). Celdas amarillas: ocultadas para que no se pueda deducir una cifra pequeña a partir de los totales o de otras filas. Aquí las filas de los trabajadores aparecen con su nombre; el servidor central recibe seudónimos.</translation>
    </message>
    <message>
        <source>Save the summary exactly as previewed.</source>
        <translation>Guardar el resumen tal como se mostró en la vista previa.</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Cifra clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Withheld: it rests on too few referrals or could reveal a small count.</source>
        <translation>Ocultado: se basa en muy pocas derivaciones o podría revelar una cifra pequeña.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Withheld: a count from 1 to {n}.</source>
        <translation>Ocultado: una cifra de 1 a {n}.</translation>
    </message>
    <message>
        <source>Withheld to protect a small count elsewhere.</source>
        <translation>Ocultado para proteger una cifra pequeña en otro lugar.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Exporting the summary</source>
        <translation>Exportando el resumen</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>{file} guardado.</translation>
    </message>
    <message>
        <source>Submitting the summary</source>
        <translation>Enviando el resumen</translation>
    </message>
    <message>
        <source>{month}: queued — will be sent when the hub answers.</source>
        <translation>{month}: en cola; se enviará cuando responda el servidor central.</translation>
    </message>
    <message>
        <source>{month}: queued — will be sent once this laptop is enrolled with the hub and the hub answers.</source>
        <translation>{month}: en cola; se enviará cuando este portátil esté registrado en el servidor central y este responda.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Cancelado; no se guardó nada.</translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <source>Response: %1</source>
        <translation>Respuesta: %1</translation>
    </message>
    <message>
        <source>About this response</source>
        <translation>Acerca de esta respuesta</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Version %1: %2, %3, %4</source>
        <translation>Versión %1: %2, %3, %4</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Amend</source>
        <translation>&amp;Enmendar</translation>
    </message>
    <message>
        <source>Amend this response</source>
        <translation>Enmendar esta respuesta</translation>
    </message>
    <message>
        <source>Answered under %1, version %2</source>
        <translation>Respondido con %1, versión %2</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>por %1, %2</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>puntuación %1</translation>
    </message>
    <message>
        <source>Answers as received</source>
        <translation>Respuestas tal como llegaron</translation>
    </message>
    <message>
        <source>This form has not arrived on this laptop yet: the answers are shown as they were received.</source>
        <translation>Este formulario aún no ha llegado a este portátil: las respuestas se muestran tal como llegaron.</translation>
    </message>
    <message>
        <source>Some answers did not fit the form and are not shown: %1</source>
        <translation>Algunas respuestas no encajaban en el formulario y no se muestran: %1</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Results update as you type. Press Escape to clear.</source>
        <translation>Los resultados se actualizan mientras escribe. Pulse Escape para borrar.</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Record a service</source>
        <translation>Registrar un servicio</translation>
    </message>
    <message>
        <source>e.g. Food parcel, counselling session</source>
        <translation>p. ej. lote de alimentos, sesión de orientación</translation>
    </message>
    <message>
        <source>Not for a particular need</source>
        <translation>No es para una necesidad concreta</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Servicio</translation>
    </message>
    <message>
        <source>Say what service was delivered.</source>
        <translation>Indique qué servicio se prestó.</translation>
    </message>
    <message>
        <source>&amp;Delivered on</source>
        <translation>P&amp;restado el</translation>
    </message>
    <message>
        <source>For &amp;need</source>
        <translation>Para la &amp;necesidad</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Proveedor</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Cantidad</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>D&amp;escripción</translation>
    </message>
</context>
<context>
    <name>ShareFormsDialog</name>
    <message>
        <source>Share forms as a FHIR file</source>
        <translation>Compartir formularios como archivo FHIR</translation>
    </message>
    <message>
        <source>&amp;Save file…</source>
        <translation>&amp;Guardar archivo…</translation>
    </message>
    <message>
        <source>Save the FHIR file</source>
        <translation>Guardar el archivo FHIR</translation>
    </message>
    <message>
        <source>Only what {name}'s consent for this partner covers is written: the consented details and the completed forms the consent names. The file is not encrypted: hand it over, then delete it.</source>
        <translation>Solo se escribe lo que cubre el consentimiento de {name} para este socio: los datos consentidos y los formularios completados que nombra el consentimiento. El archivo no está cifrado: entréguelo y luego bórrelo.</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Qué contiene el archivo</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Socio</translation>
    </message>
    <message>
        <source>Choose the partner.</source>
        <translation>Elija el socio.</translation>
    </message>
    <message>
        <source>Saved {path}: {name}'s {fields} and {n} completed form(s).</source>
        <translation>Guardado {path}: {fields} de {name} y {n} formulario(s) completado(s).</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>ningún dato</translation>
    </message>
    <message>
        <source>{n} other completed form(s) are not covered by the consent and were left out.</source>
        <translation>{n} formulario(s) completado(s) más no está(n) cubierto(s) por el consentimiento y se dejaron fuera.</translation>
    </message>
</context>
<context>
    <name>SharedFormsDialog</name>
    <message>
        <source>Forms sent with the referral</source>
        <translation>Formularios enviados con la derivación</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formularios</translation>
    </message>
    <message>
        <source>Answers as received</source>
        <translation>Respuestas tal como llegaron</translation>
    </message>
    <message>
        <source>%1 (score %2)</source>
        <translation>%1 (puntuación %2)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>SignInWidget</name>
    <message>
        <source>Choose who is signing in.</source>
        <translation>Elija quién va a entrar.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Escriba su frase de contraseña.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>That passphrase is not correct for this user.</source>
        <translation>Esa frase de contraseña no es correcta para este usuario.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiadas frases de contraseña incorrectas. Vuelva a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>Demasiadas frases de contraseña incorrectas. Vuelva a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Ya puede volver a intentarlo.</translation>
    </message>
    <message>
        <source>Sign in to CollabDesk</source>
        <translation>Entrar en CollabDesk</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Forgot passphrase…</source>
        <translation>Olvidé la frase de contraseña…</translation>
    </message>
    <message>
        <source>Forgot passphrase</source>
        <translation>Olvidé la frase de contraseña</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Mensaje de acceso</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Pista</translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>Status: {status}</source>
        <translation>Estado: {status}</translation>
    </message>
</context>
<context>
    <name>StoragePanel</name>
    <message>
        <source>What CollabDesk keeps on this laptop's disk. When free space falls below what the next backup and a week of work need, a warning opens once a day.</source>
        <translation>Lo que CollabDesk guarda en el disco de este portátil. Cuando el espacio libre baja de lo que necesitan la próxima copia de seguridad y una semana de trabajo, se muestra un aviso una vez al día.</translation>
    </message>
    <message>
        <source>Store (records, notes, attachments)</source>
        <translation>Almacén (registros, notas, adjuntos)</translation>
    </message>
    <message>
        <source>of which sync snapshots</source>
        <translation>de ello, instantáneas de sincronización</translation>
    </message>
    <message>
        <source>Backups in the data folder</source>
        <translation>Copias de seguridad en la carpeta de datos</translation>
    </message>
    <message>
        <source>Free on this disk</source>
        <translation>Libre en este disco</translation>
    </message>
    <message>
        <source>Needed for the next backup and a week of work</source>
        <translation>Necesario para la próxima copia y una semana de trabajo</translation>
    </message>
    <message>
        <source>Disk space warning</source>
        <translation>Aviso de espacio en disco</translation>
    </message>
    <message>
        <source>Prune old backups…</source>
        <translation>Eliminar copias antiguas…</translation>
    </message>
    <message>
        <source>Prune old backups</source>
        <translation>Eliminar copias antiguas</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <source>Check the disk space again</source>
        <translation>Volver a comprobar el espacio en disco</translation>
    </message>
    <message>
        <source>Storage status</source>
        <translation>Estado del almacenamiento</translation>
    </message>
    <message>
        <source>The backup schedule keeps every backup, so none is old enough to delete. Set how many to keep under Backups first.</source>
        <translation>La programación de copias conserva todas las copias, así que ninguna es lo bastante antigua para eliminarla. Indique primero cuántas conservar en Copias de seguridad.</translation>
    </message>
    <message>
        <source>Delete the agency's backups beyond the newest {keep} in the backup folder, as the backup schedule says? Copies kept elsewhere are not touched.</source>
        <translation>¿Eliminar las copias de seguridad de la organización que excedan las {keep} más recientes en la carpeta de copias, como indica la programación? Las copias guardadas en otro lugar no se tocan.</translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>Eliminar</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n old backup(s), freeing {size}; {kept} kept.</source>
        <translation>
            <numerusform>Se eliminó %n copia antigua y se liberaron {size}; se conservan {kept}.</numerusform>
            <numerusform>Se eliminaron %n copias antiguas y se liberaron {size}; se conservan {kept}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup is older than the schedule keeps; nothing was deleted.</source>
        <translation>Ninguna copia excede lo que conserva la programación; no se eliminó nada.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>this laptop waits for approval by an administrator on another laptop of the agency</source>
        <extracomment>seconds the hub client waits for an answer before a round counts the hub as offline</extracomment>
        <translation>este portátil espera la aprobación de un administrador desde otro portátil de la entidad</translation>
    </message>
    <message>
        <source>this laptop was removed from the agency's devices and no longer syncs; ask an administrator to enrol it again</source>
        <translation>este portátil se quitó de los dispositivos de la entidad y ya no sincroniza; pida a un administrador que lo vuelva a registrar</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Offline — changes are kept on this laptop</source>
        <translation>Sin conexión: los cambios se guardan en este portátil</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Up to date with the hub</source>
        <translation>Al día con el servidor central</translation>
    </message>
    <message>
        <source>Sync needs attention</source>
        <translation>La sincronización necesita atención</translation>
    </message>
    <message>
        <source>No changes waiting</source>
        <translation>No hay cambios pendientes</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n cambio pendiente</numerusform>
            <numerusform>%n cambios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes waiting</source>
        <translation>Cambios pendientes</translation>
    </message>
    <message>
        <source>Last contact with the hub: {when}</source>
        <translation>Último contacto con el servidor central: {when}</translation>
    </message>
    <message>
        <source>No contact with the hub yet</source>
        <translation>Todavía sin contacto con el servidor central</translation>
    </message>
    <message>
        <source>Last contact with the hub</source>
        <translation>Último contacto con el servidor central</translation>
    </message>
    <message>
        <source>{name} ({roles})</source>
        <translation>{name} ({roles})</translation>
    </message>
    <message>
        <source>Signed in as {who}</source>
        <translation>Ha entrado como {who}</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>Nadie ha entrado</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>trabajador</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Sync with the hub now</source>
        <translation>Sincronizar ahora con el servidor central</translation>
    </message>
    <message>
        <source>Sync with the hub now (F9)</source>
        <translation>Sincronizar ahora con el servidor central (F9)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Lock the screen</source>
        <translation>Bloquear la pantalla</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation>Bloquear ahora (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>New task</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Tiene fecha de vencimiento</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <source>&amp;What needs doing</source>
        <translation>&amp;Qué hay que hacer</translation>
    </message>
    <message>
        <source>Say what needs doing.</source>
        <translation>Indique qué hay que hacer.</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Vence</translation>
    </message>
    <message>
        <source>&amp;Assigned to</source>
        <translation>&amp;Asignada a</translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Press Space to mark a task done.</source>
        <translation>Pulse Espacio para marcar una tarea como hecha.</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (vencida)</translation>
    </message>
    <message>
        <source>{date} (today)</source>
        <translation>{date} (hoy)</translation>
    </message>
    <message>
        <source>{title}, done</source>
        <translation>{title}, hecha</translation>
    </message>
    <message>
        <source>“{title}” is marked done.</source>
        <translation>La tarea «{title}» se marcó como hecha.</translation>
    </message>
</context>
<context>
    <name>TaskProgressDialog</name>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <source>Progress message</source>
        <translation>Mensaje de progreso</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel this task</source>
        <translation>Cancelar esta tarea</translation>
    </message>
    <message>
        <source>Cancelling… waiting for the current step to end.</source>
        <translation>Cancelando… esperando a que termine el paso en curso.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Something went wrong and the action could not be completed. Please try again; if it keeps happening, ask your IT volunteer to look at the application log.</source>
        <extracomment>what the store says a task changed (:class:`collabdesk.changes.Changes`) and the object that asked for the task (or None), once per task that changed anything, before that task's own callbacks run a CollabDeskError of an Op that had no failure callback (see collabdesk.ui.ops)</extracomment>
        <translation>Algo salió mal y no se pudo completar la acción. Inténtelo de nuevo; si vuelve a ocurrir, pida a su voluntario de informática que revise el registro de la aplicación.</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Which tasks</source>
        <translation>Qué tareas</translation>
    </message>
    <message>
        <source>My open tasks</source>
        <translation>Mis tareas pendientes</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>My tasks, including done</source>
        <translation>Mis tareas, también las hechas</translation>
    </message>
    <message>
        <source>Everyone's overdue tasks</source>
        <translation>Tareas vencidas de todos</translation>
    </message>
    <message>
        <source>&amp;New task</source>
        <translation>&amp;Nueva tarea</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Abrir caso</translation>
    </message>
    <message>
        <source>Open the task's case</source>
        <translation>Abrir el caso de la tarea</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>What was just done</source>
        <translation>Lo que se acaba de hacer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo what was just done</source>
        <translation>Deshacer lo que se acaba de hacer</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>Upkeep</name>
    <message>
        <source>Scheduled backup written to {path}</source>
        <translation>Copia programada guardada en {path}</translation>
    </message>
    <message>
        <source>The scheduled backup failed: {error}</source>
        <translation>La copia programada falló: {error}</translation>
    </message>
    <message>
        <source>Disk space is running low</source>
        <translation>Queda poco espacio en disco</translation>
    </message>
    <message>
        <source>A newer version ({version}) is available — ask your IT volunteer</source>
        <translation>Hay una versión más reciente ({version}): consulte a su voluntario de informática</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Edit user</source>
        <translation>Editar usuario</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Añadir usuario</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Trabajador</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Save user</source>
        <translation>Guardar usuario</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nombre visible:</translation>
    </message>
    <message>
        <source>A user name is 2–40 letters, digits, dots, dashes or underscores.</source>
        <translation>Un nombre de usuario tiene de 2 a 40 letras, cifras, puntos, guiones o guiones bajos.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Elija al menos un rol.</translation>
    </message>
    <message>
        <source>Choose a passphrase for this laptop (typed twice, at least fair).</source>
        <translation>Elija una frase de contraseña para este portátil (escrita dos veces, al menos aceptable).</translation>
    </message>
</context>
<context>
    <name>_FilePage</name>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Elija la hoja de cálculo</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file with one client per row and the column names in its first row. Its first sheet is read; nothing is written until the last step.</source>
        <translation>Un archivo CSV o Excel (.xlsx) con un cliente por fila y los nombres de las columnas en la primera fila. Se lee su primera hoja; no se guarda nada hasta el último paso.</translation>
    </message>
    <message>
        <source>Spreadsheet file</source>
        <translation>Archivo de hoja de cálculo</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Browse for the spreadsheet</source>
        <translation>Buscar la hoja de cálculo</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv *.xlsx *.txt);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>_MappingPage</name>
    <message>
        <source>What each column holds</source>
        <translation>Qué contiene cada columna</translation>
    </message>
    <message>
        <source>Guessed from the column names; correct any that are wrong. Columns left at “Not imported” are ignored.</source>
        <translation>Deducido de los nombres de las columnas; corrija lo que esté mal. Las columnas que queden en «No se importa» se ignoran.</translation>
    </message>
    <message>
        <source>How the file was read</source>
        <translation>Cómo se leyó el archivo</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No se importa</translation>
    </message>
    <message>
        <source>Column {n}</source>
        <translation>Columna {n}</translation>
    </message>
    <message>
        <source>Field for column {column}</source>
        <translation>Campo de la columna {column}</translation>
    </message>
    <message>
        <source>For example: {values}</source>
        <translation>Por ejemplo: {values}</translation>
    </message>
    <message>
        <source>{column} (e.g. {values})</source>
        <translation>{column} (p. ej. {values})</translation>
    </message>
</context>
<context>
    <name>_PreviewPage</name>
    <message>
        <source>Dry run: what the import will do</source>
        <translation>Prueba: lo que hará la importación</translation>
    </message>
    <message>
        <source>Nothing is written yet. Check the likely duplicates: merge fills only the empty fields of the client it names; create registers the row as a new client.</source>
        <translation>Todavía no se guarda nada. Revise los posibles duplicados: fusionar solo rellena los campos vacíos del cliente indicado; crear registra la fila como un cliente nuevo.</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Lo que hará la importación</translation>
    </message>
    <message>
        <source>Which order are the dates in?</source>
        <translation>¿En qué orden están las fechas?</translation>
    </message>
    <message>
        <source>Day first (05/06/1980 is 5 June 1980)</source>
        <translation>Primero el día (05/06/1980 es el 5 de junio de 1980)</translation>
    </message>
    <message>
        <source>Month first (05/06/1980 is May 6, 1980)</source>
        <translation>Primero el mes (05/06/1980 es el 6 de mayo de 1980)</translation>
    </message>
    <message>
        <source>Dates are day first</source>
        <translation>Las fechas empiezan por el día</translation>
    </message>
    <message>
        <source>Dates are month first</source>
        <translation>Las fechas empiezan por el mes</translation>
    </message>
    <message>
        <source>Use this order</source>
        <translation>Usar este orden</translation>
    </message>
    <message>
        <source>Use this date order</source>
        <translation>Usar este orden de fechas</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Filas mostradas</translation>
    </message>
    <message>
        <source>Rows of the spreadsheet</source>
        <translation>Filas de la hoja de cálculo</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Create the selected row as a new client</source>
        <translation>Crear la fila seleccionada como cliente nuevo</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>Merge the selected row into its match</source>
        <translation>Fusionar la fila seleccionada con su coincidencia</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Skip the selected row</source>
        <translation>Omitir la fila seleccionada</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>Stopped; nothing was written.</source>
        <translation>Detenido; no se guardó nada.</translation>
    </message>
    <message>
        <source>Reading the spreadsheet…</source>
        <translation>Leyendo la hoja de cálculo…</translation>
    </message>
    <message>
        <source>{rows} rows: {create} new clients, {merge} merged into clients already here or earlier rows, {skip} skipped ({errors} with errors); {cases} open cases. {duplicates} rows look like someone already registered.</source>
        <translation>{rows} filas: {create} clientes nuevos, {merge} fusionados con clientes ya registrados o filas anteriores, {skip} omitidas ({errors} con errores); {cases} casos abiertos. {duplicates} filas parecen ser alguien ya registrado.</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was written.</source>
        <translation>La importación se detuvo; no se guardó nada.</translation>
    </message>
    <message>
        <source>Importing clients…</source>
        <translation>Importando clientes…</translation>
    </message>
</context>
<context>
    <name>_ReferralList</name>
    <message>
        <source>Filter referrals</source>
        <translation>Filtrar derivaciones</translation>
    </message>
    <message>
        <source>Incoming referrals</source>
        <translation>Derivaciones recibidas</translation>
    </message>
    <message>
        <source>Outgoing referrals</source>
        <translation>Derivaciones enviadas</translation>
    </message>
    <message>
        <source>Referral details</source>
        <translation>Detalles de la derivación</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historial de estados</translation>
    </message>
    <message>
        <source>Status history:</source>
        <translation>Historial de estados:</translation>
    </message>
</context>
</TS>
