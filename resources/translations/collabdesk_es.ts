<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
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
        <source>This laptop&apos;s backups folder</source>
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
        <source>Back up into this laptop&apos;s backups folder</source>
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
        <source>The laptop&apos;s language</source>
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
        <source>The laptop&apos;s time zone</source>
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
    <name>AgencyPage</name>
    <message>
        <source>Welcome to CollabDesk</source>
        <translation>Bienvenido a CollabDesk</translation>
    </message>
    <message>
        <source>This laptop will keep your agency&apos;s cases in an encrypted store. First, what is the agency called?</source>
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
        <source>Save &amp;title</source>
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
        <translation>Cambiar &amp;estado</translation>
    </message>
    <message>
        <source>Change the case status</source>
        <translation>Cambiar el estado del caso</translation>
    </message>
    <message>
        <source>&amp;Reassign</source>
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
        <source>Save the client&apos;s profile</source>
        <translation>Guardar la ficha del cliente</translation>
    </message>
    <message>
        <source>Case sections</source>
        <translation>Secciones del caso</translation>
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
        <source>&amp;Sensitive (only supervisors and you can read it)</source>
        <translation>&amp;Confidencial (solo la pueden leer usted y los supervisores)</translation>
    </message>
    <message>
        <source>Sensitive note</source>
        <translation>Nota confidencial</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Añadir nota</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
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
    <message>
        <source>A&amp;ttachments</source>
        <translation>Ad&amp;juntos</translation>
    </message>
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
        <source>&amp;History</source>
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
    <message>
        <source>({outcome})</source>
        <translation>({outcome})</translation>
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
    <message>
        <source>Open attachment</source>
        <translation>Abrir adjunto</translation>
    </message>
    <message>
        <source>This kind of file cannot be shown here. Use “Save a copy…” to open it in another program; the copy is not encrypted.</source>
        <translation>Este tipo de archivo no se puede mostrar aquí. Use «Guardar una copia…» para abrirlo con otro programa; la copia no está cifrada.</translation>
    </message>
    <message>
        <source>Saved a copy to {path}.</source>
        <translation>Copia guardada en {path}.</translation>
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
        <translation>Otros &amp;nombres</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>Fecha de &amp;nacimiento</translation>
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
        <translation>Correo &amp;electrónico</translation>
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
        <source>Name</source>
        <translation>Nombre</translation>
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
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
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
        <translation>Enviada</translation>
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
        <translation>{status} (vencida)</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
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
        <source>“{field}” of {record} was changed on two laptops at about the same time. The latest change is shown now; choose the value to keep.</source>
        <translation>«{field}» de {record} se cambió en dos portátiles casi al mismo tiempo. Se muestra el cambio más reciente; elija el valor que quiere conservar.</translation>
    </message>
    <message>
        <source>{who} changed “{field}” of {record} to “{value}” on {when}, but that change was refused when the laptops&apos; changes were put in order. It is “{current}” now.</source>
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
        <source>&amp;Purpose</source>
        <translation>&amp;Finalidad</translation>
    </message>
    <message>
        <source>&amp;How it was given</source>
        <translation>&amp;Cómo se otorgó</translation>
    </message>
    <message>
        <source>&amp;Given on</source>
        <translation>&amp;Otorgado el</translation>
    </message>
    <message>
        <source>E&amp;xpires on</source>
        <translation>&amp;Caduca el</translation>
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
        <source>Import a partner directory (HSDS)</source>
        <translation>Importar un directorio de entidades (HSDS)</translation>
    </message>
    <message>
        <source>HSDS packages (*.json *.zip);;All files (*)</source>
        <translation>Paquetes HSDS (*.json *.zip);;Todos los archivos (*)</translation>
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
        <source>Warnings</source>
        <translation>Avisos</translation>
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
        <translation>&amp;Abrir el registro seleccionado</translation>
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
        <translation>D&amp;escripción</translation>
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
        <source>This laptop&apos;s fingerprint</source>
        <translation>La huella de este portátil</translation>
    </message>
    <message>
        <source>The agency&apos;s fingerprint</source>
        <translation>La huella de la entidad</translation>
    </message>
    <message>
        <source>This laptop&apos;s fingerprint:</source>
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
        <source>Agency&apos;s hub id</source>
        <translation>Identificador de la entidad en el servidor central</translation>
    </message>
    <message>
        <source>only for the agency&apos;s first laptop</source>
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
        <source>Agency&apos;s hub &amp;id:</source>
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
        <source>Where there is no connection, export this laptop&apos;s changes and referral messages to a file, carry it to another laptop and import it there. Bundles are sealed like everything sent to the hub.</source>
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
        <source>Enrolled with {hub}, waiting for approval. Ask an administrator at a laptop already connected to approve this one after comparing this laptop&apos;s fingerprint.</source>
        <translation>Registrado en {hub}, a la espera de aprobación. Pida a un administrador, desde un portátil ya conectado, que apruebe este después de comparar la huella de este portátil.</translation>
    </message>
    <message>
        <source>Connected to {hub}.</source>
        <translation>Conectado a {hub}.</translation>
    </message>
    <message>
        <source>This laptop was removed from the agency&apos;s laptops and no longer syncs. It can be enrolled again with a new code.</source>
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
        <source>“{label}” can now sync with the agency&apos;s data.</source>
        <translation>«{label}» ya puede sincronizar con los datos de la entidad.</translation>
    </message>
    <message>
        <source>Remove laptop</source>
        <translation>Quitar portátil</translation>
    </message>
    <message>
        <source>Remove “{label}” from the agency&apos;s laptops? It will no longer sync, and new data will be sealed with a new agency key it does not have. It keeps what it already holds, so report a lost laptop as well.</source>
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
        <source>Needs it &amp;meets</source>
        <translation>Necesidades que &amp;cubre</translation>
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
        <translation>Correo &amp;electrónico</translation>
    </message>
    <message>
        <source>&amp;Eligibility</source>
        <translation>&amp;Requisitos</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase for {name}</source>
        <translation>Frase de contraseña para {name}</translation>
    </message>
    <message>
        <source>This sets {name}&apos;s passphrase on this laptop only. Tell them in person, not by e-mail.</source>
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
        <source>Type the agency&apos;s recovery code (from the paper printed at setup) and choose a new passphrase.</source>
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
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Registrar &amp;consentimiento…</translation>
    </message>
    <message>
        <source>Record the client&apos;s consent</source>
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
        <source>Why the referral cannot be sent yet</source>
        <translation>Por qué todavía no se puede enviar la derivación</translation>
    </message>
    <message>
        <source>{service} at {partner}</source>
        <translation>{service} en {partner}</translation>
    </message>
    <message>
        <source>Choose a partner service to see the consent that covers it.</source>
        <translation>Elija un servicio de una entidad para ver el consentimiento que lo cubre.</translation>
    </message>
    <message>
        <source>Covered by the client&apos;s {method} consent of {date} to share: {fields}.</source>
        <translation>Cubierto por el consentimiento {method} del cliente del {date} para compartir: {fields}.</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>ninguna abierta</translation>
    </message>
    <message>
        <source>Choose a partner service first.</source>
        <translation>Elija primero un servicio de una entidad.</translation>
    </message>
    <message>
        <source>Checking the client&apos;s consent…</source>
        <translation>Comprobando el consentimiento del cliente…</translation>
    </message>
    <message>
        <source>Sending is blocked: {problem}</source>
        <translation>El envío está bloqueado: {problem}</translation>
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
        <source>Open the referral&apos;s case</source>
        <translation>Abrir el caso de la derivación</translation>
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
        <source>Status: {status}</source>
        <translation>Estado: {status}</translation>
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
        <source>Queue this month&apos;s summary for the network&apos;s hub; it is sent when the hub answers.</source>
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
        <translation>&amp;Prestado el</translation>
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
    <name>SyncController</name>
    <message>
        <source>this laptop waits for approval by an administrator on another laptop of the agency</source>
        <extracomment>seconds the hub client waits for an answer; a round holds the db lane meanwhile</extracomment>
        <translation>este portátil espera la aprobación de un administrador desde otro portátil de la entidad</translation>
    </message>
    <message>
        <source>this laptop was removed from the agency&apos;s devices and no longer syncs; ask an administrator to enrol it again</source>
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
        <source>Everyone&apos;s overdue tasks</source>
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
        <source>Open the task&apos;s case</source>
        <translation>Abrir el caso de la tarea</translation>
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
