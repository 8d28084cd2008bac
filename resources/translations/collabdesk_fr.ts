<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <translation>À propos de CollabDesk</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>AcceptReferralDialog</name>
    <message>
        <source>Accept referral</source>
        <translation>Accepter l&apos;orientation</translation>
    </message>
    <message>
        <source>&amp;Accept and open case</source>
        <translation>&amp;Accepter et ouvrir le dossier</translation>
    </message>
    <message>
        <source>Accept and open case</source>
        <translation>Accepter et ouvrir le dossier</translation>
    </message>
    <message>
        <source>What the partner shared</source>
        <translation>Ce que le partenaire a partagé</translation>
    </message>
    <message>
        <source>From {partner}:</source>
        <translation>De {partner} :</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Usager</translation>
    </message>
    <message>
        <source>Choose an existing client or a new one.</source>
        <translation>Choisissez un usager existant ou un nouvel usager.</translation>
    </message>
    <message>
        <source>Referral: {what}</source>
        <translation>Orientation : {what}</translation>
    </message>
    <message>
        <source>Case &amp;title</source>
        <translation>&amp;Titre du dossier</translation>
    </message>
    <message>
        <source>A new client, from the shared details</source>
        <translation>Un nouvel usager, à partir des informations partagées</translation>
    </message>
    <message>
        <source>Existing: {who}</source>
        <translation>Existant : {who}</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Admin sections</source>
        <translation>Rubriques d&apos;administration</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Find a user</source>
        <translation>Rechercher un utilisateur</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Edit roles…</source>
        <translation>Modifier les rôles…</translation>
    </message>
    <message>
        <source>Edit roles</source>
        <translation>Modifier les rôles</translation>
    </message>
    <message>
        <source>Set passphrase on this laptop…</source>
        <translation>Définir la phrase secrète sur cet ordinateur…</translation>
    </message>
    <message>
        <source>Set passphrase on this laptop</source>
        <translation>Définir la phrase secrète sur cet ordinateur</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Retirer l&apos;utilisateur</translation>
    </message>
    <message>
        <source>New recovery code…</source>
        <translation>Nouveau code de récupération…</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>Nouveau code de récupération</translation>
    </message>
    <message>
        <source>{name} was added.</source>
        <translation>{name} a été ajouté.</translation>
    </message>
    <message>
        <source>{name} was updated.</source>
        <translation>{name} a été mis à jour.</translation>
    </message>
    <message>
        <source>{name} can now sign in on this laptop.</source>
        <translation>{name} peut maintenant se connecter sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Remove {name}? They will no longer be able to sign in on any laptop of the agency. Their past work stays in the records.</source>
        <translation>Retirer {name} ? Cette personne ne pourra plus se connecter sur aucun ordinateur de l&apos;organisme. Son travail passé reste dans les dossiers.</translation>
    </message>
    <message>
        <source>Also change the store key on this laptop (recommended if they might have copied it)</source>
        <translation>Changer aussi la clé des données sur cet ordinateur (recommandé si la personne a pu la copier)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Removing {name}…</source>
        <translation>Retrait de {name}…</translation>
    </message>
    <message>
        <source>{name} was removed.</source>
        <translation>{name} a été retiré.</translation>
    </message>
    <message>
        <source>Make a new recovery code for this laptop? The old paper keeps working until you destroy it; the new code is shown only once.</source>
        <translation>Créer un nouveau code de récupération pour cet ordinateur ? L&apos;ancien papier reste valable jusqu&apos;à ce que vous le détruisiez ; le nouveau code n&apos;est affiché qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Make a new code</source>
        <translation>Créer un nouveau code</translation>
    </message>
    <message>
        <source>A backup is one encrypted file: the store and its key slots. Keep copies off this laptop (a USB stick in a locked drawer). Restoring needs a passphrase or the recovery code that was valid when the backup was made.</source>
        <translation>Une sauvegarde est un seul fichier chiffré : les données et leurs clés d&apos;accès. Gardez des copies hors de cet ordinateur (une clé USB dans un tiroir fermé à clé). Pour la restaurer, il faut une phrase secrète ou le code de récupération valables au moment de la sauvegarde.</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Check a backup…</source>
        <translation>Vérifier une sauvegarde…</translation>
    </message>
    <message>
        <source>Check a backup</source>
        <translation>Vérifier une sauvegarde</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>État des sauvegardes</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Dossier des données : {path}</translation>
    </message>
    <message>
        <source>Backups are not available in this version.</source>
        <translation>Les sauvegardes ne sont pas disponibles dans cette version.</translation>
    </message>
    <message>
        <source>Scheduled backups</source>
        <translation>Sauvegardes planifiées</translation>
    </message>
    <message>
        <source>This laptop&apos;s backups folder</source>
        <translation>Le dossier de sauvegardes de cet ordinateur</translation>
    </message>
    <message>
        <source>Scheduled backup folder</source>
        <translation>Dossier des sauvegardes planifiées</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the scheduled backup folder</source>
        <translation>Choisir le dossier des sauvegardes planifiées</translation>
    </message>
    <message>
        <source>Use this laptop</source>
        <translation>Utiliser cet ordinateur</translation>
    </message>
    <message>
        <source>Back up into this laptop&apos;s backups folder</source>
        <translation>Sauvegarder dans le dossier de sauvegardes de cet ordinateur</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Back up every (hours)</source>
        <translation>Sauvegarder toutes les (heures)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Sauvegardes à conserver</translation>
    </message>
    <message>
        <source>Save schedule</source>
        <translation>Enregistrer la planification</translation>
    </message>
    <message>
        <source>Folder or USB drive:</source>
        <translation>Dossier ou clé USB :</translation>
    </message>
    <message>
        <source>Back up &amp;every:</source>
        <translation>Sauvegarder &amp;toutes les :</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Conserver les plus récentes :</translation>
    </message>
    <message>
        <source>Where should scheduled backups go?</source>
        <translation>Où placer les sauvegardes planifiées ?</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Rien à enregistrer.</translation>
    </message>
    <message>
        <source>Backup schedule saved.</source>
        <translation>Planification des sauvegardes enregistrée.</translation>
    </message>
    <message>
        <source>Where should the backup go?</source>
        <translation>Où placer la sauvegarde ?</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Sauvegarde écrite dans {path}</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>CollabDesk backups (*.cdbackup);;All files (*)</source>
        <translation>Sauvegardes CollabDesk (*.cdbackup);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Sign in as it was when the backup was made (leave the user name empty to use the recovery code).</source>
        <translation>Connectez-vous comme au moment de la sauvegarde (laissez le nom d&apos;utilisateur vide pour utiliser le code de récupération).</translation>
    </message>
    <message>
        <source>The backup has problems: {problems}</source>
        <translation>La sauvegarde présente des problèmes : {problems}</translation>
    </message>
    <message>
        <source>The backup from {when} is complete and readable: {clients} clients, {cases} cases.</source>
        <translation>La sauvegarde du {when} est complète et lisible : {clients} usagers, {cases} dossiers.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <source>Replace the data on this laptop with the backup? Changes made since the backup that have not reached the hub will be lost. The current files are kept in the backups folder. You will sign in again.</source>
        <translation>Remplacer les données de cet ordinateur par la sauvegarde ? Les modifications faites depuis la sauvegarde qui n&apos;ont pas atteint le serveur central seront perdues. Les fichiers actuels sont conservés dans le dossier des sauvegardes. Vous devrez vous reconnecter.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>The backup was restored. Sign in again.</source>
        <translation>La sauvegarde a été restaurée. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restauration…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Verrouiller après des minutes sans utilisation</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The laptop&apos;s language</source>
        <translation>La langue de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>Which cases workers see</source>
        <translation>Quels dossiers voient les intervenants</translation>
    </message>
    <message>
        <source>All cases of the agency</source>
        <translation>Tous les dossiers de l&apos;organisme</translation>
    </message>
    <message>
        <source>Only cases assigned to them</source>
        <translation>Seulement les dossiers qui leur sont attribués</translation>
    </message>
    <message>
        <source>Smallest count shown in reports</source>
        <translation>Plus petit effectif affiché dans les rapports</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>The laptop&apos;s time zone</source>
        <translation>Le fuseau horaire de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Enregistrer les réglages</translation>
    </message>
    <message>
        <source>Settings status</source>
        <translation>État des réglages</translation>
    </message>
    <message>
        <source>Lock after &amp;no use for:</source>
        <translation>Verrouiller après &amp;inactivité de :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Workers see:</source>
        <translation>Les &amp;intervenants voient :</translation>
    </message>
    <message>
        <source>&amp;Hide report counts below:</source>
        <translation>&amp;Masquer dans les rapports les effectifs inférieurs à :</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>Unknown time zone; pick one from the list.</source>
        <translation>Fuseau horaire inconnu ; choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Réglages enregistrés.</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>Premier administrateur</translation>
    </message>
    <message>
        <source>The administrator adds the other workers and makes backups. You can give yourself more roles later.</source>
        <translation>L&apos;administrateur ajoute les autres intervenants et fait les sauvegardes. Vous pourrez vous attribuer d&apos;autres rôles plus tard.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>for example: maria.lopez</source>
        <translation>par exemple : maria.lopez</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>A user name is 2–40 letters, digits, dots, dashes or underscores.</source>
        <translation>Un nom d&apos;utilisateur compte de 2 à 40 lettres, chiffres, points, tirets ou tirets bas.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nom affiché :</translation>
    </message>
</context>
<context>
    <name>AgencyPage</name>
    <message>
        <source>Welcome to CollabDesk</source>
        <translation>Bienvenue dans CollabDesk</translation>
    </message>
    <message>
        <source>This laptop will keep your agency&apos;s cases in an encrypted store. First, what is the agency called?</source>
        <translation>Cet ordinateur conservera les dossiers de votre organisme dans une base chiffrée. D&apos;abord, comment s&apos;appelle l&apos;organisme ?</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>Nom de l&apos;organisme</translation>
    </message>
    <message>
        <source>&amp;Agency name:</source>
        <translation>Nom de l&apos;&amp;organisme :</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Demo agency with made-up clients. Demo users and passphrases:</source>
        <translation>Organisme de démonstration avec des usagers fictifs. Utilisateurs et phrases secrètes de démonstration :</translation>
    </message>
    <message>
        <source>Building the demo agency…</source>
        <translation>Création de l&apos;organisme de démonstration…</translation>
    </message>
    <message>
        <source>Making up a year of casework for a demo agency. This takes a moment.</source>
        <translation>Création d&apos;une année de suivi de dossiers pour un organisme de démonstration. Cela prend un moment.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démonstration</translation>
    </message>
    <message>
        <source>The demo could not be built: {error}</source>
        <translation>La démonstration n&apos;a pas pu être créée : {error}</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Attachment {name}</source>
        <translation>Pièce jointe {name}</translation>
    </message>
    <message>
        <source>Image {name}</source>
        <translation>Image {name}</translation>
    </message>
    <message>
        <source>Text of {name}</source>
        <translation>Texte de {name}</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>Aucun dossier ouvert</translation>
    </message>
    <message>
        <source>Assigned worker</source>
        <translation>Intervenant attitré</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Titre du dossier</translation>
    </message>
    <message>
        <source>Save &amp;title</source>
        <translation>Enregistrer le &amp;titre</translation>
    </message>
    <message>
        <source>Save the case title</source>
        <translation>Enregistrer le titre du dossier</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>État du dossier</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>Changer l&apos;&amp;état</translation>
    </message>
    <message>
        <source>Change the case status</source>
        <translation>Changer l&apos;état du dossier</translation>
    </message>
    <message>
        <source>&amp;Reassign</source>
        <translation>&amp;Réattribuer</translation>
    </message>
    <message>
        <source>Reassign the case</source>
        <translation>Réattribuer le dossier</translation>
    </message>
    <message>
        <source>About reassigning</source>
        <translation>À propos de la réattribution</translation>
    </message>
    <message>
        <source>Only a supervisor can reassign this case.</source>
        <translation>Seul un superviseur peut réattribuer ce dossier.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Worker:</source>
        <translation>Intervenant :</translation>
    </message>
    <message>
        <source>Client profile</source>
        <translation>Fiche de l&apos;usager</translation>
    </message>
    <message>
        <source>Save &amp;profile</source>
        <translation>Enregistrer la &amp;fiche</translation>
    </message>
    <message>
        <source>Save the client&apos;s profile</source>
        <translation>Enregistrer la fiche de l&apos;usager</translation>
    </message>
    <message>
        <source>Case sections</source>
        <translation>Rubriques du dossier</translation>
    </message>
    <message>
        <source>&amp;Needs</source>
        <translation>&amp;Besoins</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Add need…</source>
        <translation>Ajouter un besoin…</translation>
    </message>
    <message>
        <source>Add a need</source>
        <translation>Ajouter un besoin</translation>
    </message>
    <message>
        <source>Edit need…</source>
        <translation>Modifier le besoin…</translation>
    </message>
    <message>
        <source>Edit the selected need</source>
        <translation>Modifier le besoin sélectionné</translation>
    </message>
    <message>
        <source>Ser&amp;vices</source>
        <translation>Ser&amp;vices</translation>
    </message>
    <message>
        <source>Services delivered</source>
        <translation>Services fournis</translation>
    </message>
    <message>
        <source>Record service…</source>
        <translation>Enregistrer un service…</translation>
    </message>
    <message>
        <source>Record a service delivered</source>
        <translation>Enregistrer un service fourni</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Hidden sensitive notes</source>
        <translation>Notes confidentielles masquées</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>Write a note (Ctrl+Enter adds it). Notes cannot be changed once added.</source>
        <translation>Rédigez une note (Ctrl+Entrée l&apos;ajoute). Une note ajoutée ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>A note cannot be empty.</source>
        <translation>Une note ne peut pas être vide.</translation>
    </message>
    <message>
        <source>&amp;Sensitive (only supervisors and you can read it)</source>
        <translation>&amp;Confidentielle (seuls vous et les superviseurs pouvez la lire)</translation>
    </message>
    <message>
        <source>Sensitive note</source>
        <translation>Note confidentielle</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Ajouter la note</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation>Tâc&amp;hes</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>Nouvelle tâche…</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation>&amp;Consentement</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Enregistrer le consentement…</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Enregistrer le consentement</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Withdraw the selected consent</source>
        <translation>Retirer le consentement sélectionné</translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation>&amp;Orientations</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>History of the selected referral</source>
        <translation>Historique de l&apos;orientation sélectionnée</translation>
    </message>
    <message>
        <source>Status history:</source>
        <translation>Historique des états :</translation>
    </message>
    <message>
        <source>Send referral…</source>
        <translation>Envoyer une orientation…</translation>
    </message>
    <message>
        <source>Send a referral</source>
        <translation>Envoyer une orientation</translation>
    </message>
    <message>
        <source>A&amp;ttachments</source>
        <translation>Pièces &amp;jointes</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Ajouter un fichier…</translation>
    </message>
    <message>
        <source>Add an attachment</source>
        <translation>Ajouter une pièce jointe</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the selected attachment</source>
        <translation>Ouvrir la pièce jointe sélectionnée</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Save a copy of the selected attachment</source>
        <translation>Enregistrer une copie de la pièce jointe sélectionnée</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Case: {name}</source>
        <translation>Dossier : {name}</translation>
    </message>
    <message>
        <source>{status} · {n} overdue</source>
        <translation>{status} · {n} en retard</translation>
    </message>
    <message>
        <source>Worker: {name}</source>
        <translation>Intervenant : {name}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>[Sensitive] </source>
        <translation>[Confidentiel] </translation>
    </message>
    <message>
        <source>1 sensitive note hidden</source>
        <translation>1 note confidentielle masquée</translation>
    </message>
    <message>
        <source>{n} sensitive notes hidden</source>
        <translation>{n} notes confidentielles masquées</translation>
    </message>
    <message>
        <source>Sensitive notes are shown only to their author and to supervisors.</source>
        <translation>Les notes confidentielles ne sont visibles que par leur auteur et les superviseurs.</translation>
    </message>
    <message>
        <source>({outcome})</source>
        <translation>({outcome})</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Fiche enregistrée.</translation>
    </message>
    <message>
        <source>Give the case a short title.</source>
        <translation>Donnez un titre court au dossier.</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Clore le dossier</translation>
    </message>
    <message>
        <source>Why is the case closed?</source>
        <translation>Pourquoi le dossier est-il clos ?</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Retirer le consentement</translation>
    </message>
    <message>
        <source>Why is the consent withdrawn?</source>
        <translation>Pourquoi le consentement est-il retiré ?</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Ouvrir la pièce jointe</translation>
    </message>
    <message>
        <source>This kind of file cannot be shown here. Use “Save a copy…” to open it in another program; the copy is not encrypted.</source>
        <translation>Ce type de fichier ne peut pas être affiché ici. Utilisez « Enregistrer une copie… » pour l&apos;ouvrir dans un autre programme ; la copie n&apos;est pas chiffrée.</translation>
    </message>
    <message>
        <source>Saved a copy to {path}.</source>
        <translation>Copie enregistrée dans {path}.</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <source>Filter by client, case or worker…</source>
        <translation>Filtrer par usager, dossier ou intervenant…</translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation>Filtrer les dossiers</translation>
    </message>
    <message>
        <source>Which cases</source>
        <translation>Quels dossiers</translation>
    </message>
    <message>
        <source>Open and on hold</source>
        <translation>Ouverts et en attente</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Number of cases</source>
        <translation>Nombre de dossiers</translation>
    </message>
    <message>
        <source>My caseload</source>
        <translation>Mes dossiers</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Tous les dossiers</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with overdue tasks</source>
        <translation>
            <numerusform>%n avec des tâches en retard</numerusform>
            <numerusform>%n avec des tâches en retard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>Nom de &amp;famille</translation>
    </message>
    <message>
        <source>Other &amp;names</source>
        <translation>Autres &amp;noms</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>Date de &amp;naissance</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or DD/MM/YYYY</source>
        <translation>AAAA-MM-JJ ou JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>Date of birth as understood</source>
        <translation>Date de naissance comprise</translation>
    </message>
    <message>
        <source>Or estimated &amp;age</source>
        <translation>Ou &amp;âge estimé</translation>
    </message>
    <message>
        <source>years, if the date is not known</source>
        <translation>années, si la date est inconnue</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>G&amp;ender</source>
        <translation>&amp;Genre</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>Courri&amp;el</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>Ad&amp;resse</translation>
    </message>
    <message>
        <source>Type the date as YYYY-MM-DD or DD/MM/YYYY.</source>
        <translation>Saisissez la date au format AAAA-MM-JJ ou JJ/MM/AAAA.</translation>
    </message>
    <message>
        <source>Give either a date of birth or an estimated age, not both.</source>
        <translation>Indiquez une date de naissance ou un âge estimé, pas les deux.</translation>
    </message>
    <message>
        <source>The estimated age is a number of years.</source>
        <translation>L&apos;âge estimé est un nombre d&apos;années.</translation>
    </message>
    <message>
        <source>Understood as {date}</source>
        <translation>Compris comme le {date}</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Clients</source>
        <translation>Usagers</translation>
    </message>
    <message>
        <source>Name, phone or date of birth…</source>
        <translation>Nom, téléphone ou date de naissance…</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Rechercher des usagers</translation>
    </message>
    <message>
        <source>&amp;New intake</source>
        <translation>&amp;Nouvel accueil</translation>
    </message>
    <message>
        <source>New intake</source>
        <translation>Nouvel accueil</translation>
    </message>
    <message>
        <source>Register a new client (Ctrl+N)</source>
        <translation>Enregistrer un nouvel usager (Ctrl+N)</translation>
    </message>
    <message>
        <source>Matching clients</source>
        <translation>Usagers correspondants</translation>
    </message>
    <message>
        <source>Search result count</source>
        <translation>Nombre de résultats</translation>
    </message>
    <message>
        <source>Select a client to see their cases.</source>
        <translation>Sélectionnez un usager pour voir ses dossiers.</translation>
    </message>
    <message>
        <source>Cases of the selected client</source>
        <translation>Dossiers de l&apos;usager sélectionné</translation>
    </message>
    <message>
        <source>Cases of this client</source>
        <translation>Dossiers de cet usager</translation>
    </message>
    <message>
        <source>New &amp;case for this client</source>
        <translation>Nouveau &amp;dossier pour cet usager</translation>
    </message>
    <message>
        <source>New case for this client</source>
        <translation>Nouveau dossier pour cet usager</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the selected case</source>
        <translation>Ouvrir le dossier sélectionné</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) found</source>
        <translation>
            <numerusform>%n usager trouvé</numerusform>
            <numerusform>%n usagers trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases of {name}</source>
        <translation>Dossiers de {name}</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Can sign in here</source>
        <translation>Peut se connecter ici</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Repéré</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Fourni le</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Who may receive</source>
        <translation>Qui peut le recevoir</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Donné</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size (KB)</source>
        <translation>Taille (Ko)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>partner or system</source>
        <translation>partenaire ou système</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Usager</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Tâches en cours</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Tâches en retard</translation>
    </message>
    <message>
        <source>Overdue tasks: {n}</source>
        <translation>Tâches en retard : {n}</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Dossiers ouverts</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Valeur actuelle</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>(not in the directory)</source>
        <translation>(absent du répertoire)</translation>
    </message>
    <message>
        <source>Hub id</source>
        <translation>Identifiant sur le serveur</translation>
    </message>
    <message>
        <source>Pinned fingerprint</source>
        <translation>Empreinte épinglée</translation>
    </message>
    <message>
        <source>{status} (overdue)</source>
        <translation>{status} (en retard)</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Acheminement</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflits à examiner</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>Rien à examiner.</translation>
    </message>
    <message>
        <source>Conflict count</source>
        <translation>Nombre de conflits</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Review the selected conflict</source>
        <translation>Examiner le conflit sélectionné</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>&amp;Type a merged value:</source>
        <translation>&amp;Saisissez une valeur fusionnée :</translation>
    </message>
    <message>
        <source>Use a merged value</source>
        <translation>Utiliser une valeur fusionnée</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Valeur fusionnée</translation>
    </message>
    <message>
        <source>&amp;Keep this value</source>
        <translation>&amp;Garder cette valeur</translation>
    </message>
    <message>
        <source>Resolve the conflict with the chosen value</source>
        <translation>Résoudre le conflit avec la valeur choisie</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Dismiss the refused change</source>
        <translation>Ignorer la modification refusée</translation>
    </message>
    <message>
        <source>&amp;Apply again now</source>
        <translation>&amp;Appliquer à nouveau</translation>
    </message>
    <message>
        <source>Apply the refused change again</source>
        <translation>Appliquer à nouveau la modification refusée</translation>
    </message>
    <message>
        <source>Only a supervisor can review conflicts.</source>
        <translation>Seul un superviseur peut examiner les conflits.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to review</source>
        <translation>
            <numerusform>%n élément à examiner</numerusform>
            <numerusform>%n éléments à examiner</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an item to review it.</source>
        <translation>Sélectionnez un élément pour l&apos;examiner.</translation>
    </message>
    <message>
        <source>“{field}” of {record} was changed on two laptops at about the same time. The latest change is shown now; choose the value to keep.</source>
        <translation>« {field} » de {record} a été modifié sur deux ordinateurs presque en même temps. La modification la plus récente est affichée ; choisissez la valeur à garder.</translation>
    </message>
    <message>
        <source>{who} changed “{field}” of {record} to “{value}” on {when}, but that change was refused when the laptops&apos; changes were put in order. It is “{current}” now.</source>
        <translation>{who} a changé « {field} » de {record} en « {value} » le {when}, mais cette modification a été refusée quand les modifications des ordinateurs ont été mises en ordre. La valeur est maintenant « {current} ».</translation>
    </message>
    <message>
        <source>“{value}” — {who}, {when}</source>
        <translation>« {value} » — {who}, {when}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Version {n}: {value}</source>
        <translation>Version {n} : {value}</translation>
    </message>
    <message>
        <source>Choose a version or type a merged value.</source>
        <translation>Choisissez une version ou saisissez une valeur fusionnée.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Enregistrer le consentement</translation>
    </message>
    <message>
        <source>Any partner</source>
        <translation>Tout partenaire</translation>
    </message>
    <message>
        <source>May share: {field}</source>
        <translation>Peut partager : {field}</translation>
    </message>
    <message>
        <source>What may be shared</source>
        <translation>Ce qui peut être partagé</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>The consent expires</source>
        <translation>Le consentement expire</translation>
    </message>
    <message>
        <source>&amp;Who may receive it</source>
        <translation>&amp;Qui peut le recevoir</translation>
    </message>
    <message>
        <source>What may be &amp;shared</source>
        <translation>Ce qui peut être &amp;partagé</translation>
    </message>
    <message>
        <source>Choose at least one thing that may be shared.</source>
        <translation>Choisissez au moins une information qui peut être partagée.</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Finalité</translation>
    </message>
    <message>
        <source>&amp;How it was given</source>
        <translation>&amp;Comment il a été donné</translation>
    </message>
    <message>
        <source>&amp;Given on</source>
        <translation>&amp;Donné le</translation>
    </message>
    <message>
        <source>E&amp;xpires on</source>
        <translation>&amp;Expire le</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Creating the encrypted store</source>
        <translation>Création des données chiffrées</translation>
    </message>
    <message>
        <source>Tuning the passphrase protection to this laptop and creating the store. This takes a few seconds.</source>
        <translation>Réglage de la protection de la phrase secrète pour cet ordinateur et création des données. Cela prend quelques secondes.</translation>
    </message>
    <message>
        <source>Progress message</source>
        <translation>Message de progression</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Try creating the store again</source>
        <translation>Réessayer de créer les données</translation>
    </message>
    <message>
        <source>Measuring this laptop…</source>
        <translation>Mesure de cet ordinateur…</translation>
    </message>
    <message>
        <source>Tuning the passphrase protection to this laptop…</source>
        <translation>Réglage de la protection de la phrase secrète pour cet ordinateur…</translation>
    </message>
    <message>
        <source>The store is ready.</source>
        <translation>Les données sont prêtes.</translation>
    </message>
    <message>
        <source>The store could not be created: {error}</source>
        <translation>Les données n&apos;ont pas pu être créées : {error}</translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message>
        <source>On this laptop only</source>
        <translation>Sur cet ordinateur seulement</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>At the hub</source>
        <translation>Sur le serveur central</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Échec : {reason}</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>motif inconnu</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Partner directory</source>
        <translation>Répertoire des partenaires</translation>
    </message>
    <message>
        <source>Search partners and services…</source>
        <translation>Rechercher des partenaires et des services…</translation>
    </message>
    <message>
        <source>Search the partner directory</source>
        <translation>Rechercher dans le répertoire des partenaires</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Any need</source>
        <translation>Tout besoin</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>Langue parlée</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Area served</source>
        <translation>Zone desservie</translation>
    </message>
    <message>
        <source>Partner services</source>
        <translation>Services partenaires</translation>
    </message>
    <message>
        <source>Service details</source>
        <translation>Détails du service</translation>
    </message>
    <message>
        <source>Add &amp;partner…</source>
        <translation>Ajouter un &amp;partenaire…</translation>
    </message>
    <message>
        <source>Add a partner</source>
        <translation>Ajouter un partenaire</translation>
    </message>
    <message>
        <source>Add &amp;service…</source>
        <translation>Ajouter un &amp;service…</translation>
    </message>
    <message>
        <source>Add a partner service</source>
        <translation>Ajouter un service partenaire</translation>
    </message>
    <message>
        <source>&amp;Import HSDS…</source>
        <translation>&amp;Importer HSDS…</translation>
    </message>
    <message>
        <source>Import a partner directory</source>
        <translation>Importer un répertoire de partenaires</translation>
    </message>
    <message>
        <source>Only a supervisor or administrator can change the partner directory.</source>
        <translation>Seul un superviseur ou un administrateur peut modifier le répertoire des partenaires.</translation>
    </message>
    <message>
        <source>Number of services</source>
        <translation>Nombre de services</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a service to see how to reach it.</source>
        <translation>Sélectionnez un service pour voir comment le joindre.</translation>
    </message>
    <message>
        <source>Needs: {v}</source>
        <translation>Besoins : {v}</translation>
    </message>
    <message>
        <source>Languages: {v}</source>
        <translation>Langues : {v}</translation>
    </message>
    <message>
        <source>Areas: {v}</source>
        <translation>Zones : {v}</translation>
    </message>
    <message>
        <source>Eligibility: {v}</source>
        <translation>Conditions d&apos;accès : {v}</translation>
    </message>
    <message>
        <source>Fees: {v}</source>
        <translation>Tarifs : {v}</translation>
    </message>
    <message>
        <source>Status: {v}</source>
        <translation>État : {v}</translation>
    </message>
    <message>
        <source>Importing the partner directory</source>
        <translation>Import du répertoire des partenaires</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>FieldErrorLabel</name>
    <message>
        <source>Error for {field}</source>
        <translation>Erreur pour {field}</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>Save a copy of the attachment</source>
        <translation>Enregistrer une copie de la pièce jointe</translation>
    </message>
    <message>
        <source>Import a partner directory (HSDS)</source>
        <translation>Importer un répertoire de partenaires (HSDS)</translation>
    </message>
    <message>
        <source>HSDS packages (*.json *.zip);;All files (*)</source>
        <translation>Paquets HSDS (*.json *.zip);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up CollabDesk</source>
        <translation>Configurer CollabDesk</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <source>Partner hub (optional)</source>
        <translation>Serveur central du réseau (facultatif)</translation>
    </message>
    <message>
        <source>If your network runs a partner hub, type its address. You can skip this: CollabDesk works fully offline, and the laptop can be enrolled with the hub later from Admin.</source>
        <translation>Si votre réseau dispose d&apos;un serveur central, saisissez son adresse. Vous pouvez passer cette étape : CollabDesk fonctionne entièrement hors ligne et l&apos;ordinateur pourra être inscrit plus tard depuis Administration.</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Adresse du serveur central</translation>
    </message>
    <message>
        <source>Hub address message</source>
        <translation>Message sur l&apos;adresse du serveur central</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>&amp;Adresse du serveur central :</translation>
    </message>
    <message>
        <source>That does not look like a web address. It starts with https:// (or leave the field empty to skip).</source>
        <translation>Cela ne ressemble pas à une adresse web. Elle commence par https:// (ou laissez le champ vide pour passer).</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import failed</source>
        <translation>Échec de l&apos;import</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Résultat de l&apos;import</translation>
    </message>
    <message>
        <source>Nothing was imported. {message}</source>
        <translation>Rien n&apos;a été importé. {message}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>The partner directory was updated from {source}.</source>
        <translation>Le répertoire des partenaires a été mis à jour depuis {source}.</translation>
    </message>
    <message>
        <source>Partners added</source>
        <translation>Partenaires ajoutés</translation>
    </message>
    <message>
        <source>Partners updated</source>
        <translation>Partenaires mis à jour</translation>
    </message>
    <message>
        <source>Services added</source>
        <translation>Services ajoutés</translation>
    </message>
    <message>
        <source>Services updated</source>
        <translation>Services mis à jour</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements :</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>{name} · born {born} · {phone} — {reasons}</source>
        <translation>{name} · né(e) le {born} · {phone} — {reasons}</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>pas de téléphone</translation>
    </message>
    <message>
        <source>New intake</source>
        <translation>Nouvel accueil</translation>
    </message>
    <message>
        <source>Possibly already registered</source>
        <translation>Peut-être déjà enregistré</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>Existing clients who may be this person</source>
        <translation>Usagers existants qui pourraient être cette personne</translation>
    </message>
    <message>
        <source>&amp;Open selected record</source>
        <translation>&amp;Ouvrir la fiche sélectionnée</translation>
    </message>
    <message>
        <source>Open the selected existing record</source>
        <translation>Ouvrir la fiche existante sélectionnée</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Satisfait</translation>
    </message>
    <message>
        <source>Unmet</source>
        <translation>Non satisfait</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Service started</source>
        <translation>Service démarré</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Donné</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Alimentation</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Santé mentale</translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation>Consommation de substances</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Juridique</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Revenus</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Emploi</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Éducation</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Garde d&apos;enfants</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Courante</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>Bientôt</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Verbal</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrit</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>Électronique</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Care coordination</source>
        <translation>Coordination des soins</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Rapports statistiques</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Non binaire</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Edited on two laptops</source>
        <translation>Modifié sur deux ordinateurs</translation>
    </message>
    <message>
        <source>Status change refused</source>
        <translation>Changement d&apos;état refusé</translation>
    </message>
    <message>
        <source>Reassigned on two laptops</source>
        <translation>Réattribué sur deux ordinateurs</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>My caseload</source>
        <translation>Mes dossiers</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Tous les dossiers</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Usagers</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Partner directory</source>
        <translation>Répertoire des partenaires</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Current section</source>
        <translation>Rubrique actuelle</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About CollabDesk</source>
        <translation>À &amp;propos de CollabDesk</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>New intake</source>
        <translation>Nouvel accueil</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Rubrique %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
</context>
<context>
    <name>NeedDialog</name>
    <message>
        <source>Add a need</source>
        <translation>Ajouter un besoin</translation>
    </message>
    <message>
        <source>Edit need</source>
        <translation>Modifier le besoin</translation>
    </message>
    <message>
        <source>&amp;Domain</source>
        <translation>&amp;Domaine</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>&amp;Gravité</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>D&amp;escription</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Connection to the hub</source>
        <translation>Connexion au serveur central</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>This laptop&apos;s fingerprint</source>
        <translation>L&apos;empreinte de cet ordinateur</translation>
    </message>
    <message>
        <source>The agency&apos;s fingerprint</source>
        <translation>L&apos;empreinte de l&apos;organisme</translation>
    </message>
    <message>
        <source>This laptop&apos;s fingerprint:</source>
        <translation>Empreinte de cet ordinateur :</translation>
    </message>
    <message>
        <source>Agency fingerprint:</source>
        <translation>Empreinte de l&apos;organisme :</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Adresse du serveur central</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Code d&apos;inscription</translation>
    </message>
    <message>
        <source>one-time code from the hub operator</source>
        <translation>code à usage unique du gestionnaire du serveur</translation>
    </message>
    <message>
        <source>Name of this laptop</source>
        <translation>Nom de cet ordinateur</translation>
    </message>
    <message>
        <source>Agency&apos;s hub id</source>
        <translation>Identifiant de l&apos;organisme sur le serveur central</translation>
    </message>
    <message>
        <source>only for the agency&apos;s first laptop</source>
        <translation>seulement pour le premier ordinateur de l&apos;organisme</translation>
    </message>
    <message>
        <source>Expected agency fingerprint</source>
        <translation>Empreinte attendue de l&apos;organisme</translation>
    </message>
    <message>
        <source>optional: as shown on a laptop already connected</source>
        <translation>facultatif : telle qu&apos;affichée sur un ordinateur déjà connecté</translation>
    </message>
    <message>
        <source>&amp;Hub address:</source>
        <translation>Adresse du &amp;serveur central :</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation>&amp;Code d&apos;inscription :</translation>
    </message>
    <message>
        <source>&amp;Name of this laptop:</source>
        <translation>&amp;Nom de cet ordinateur :</translation>
    </message>
    <message>
        <source>Agency&apos;s hub &amp;id:</source>
        <translation>&amp;Identifiant de l&apos;organisme sur le serveur :</translation>
    </message>
    <message>
        <source>E&amp;xpected agency fingerprint:</source>
        <translation>Empreinte &amp;attendue de l&apos;organisme :</translation>
    </message>
    <message>
        <source>&amp;Enrol this laptop</source>
        <translation>&amp;Inscrire cet ordinateur</translation>
    </message>
    <message>
        <source>Enrol this laptop with the hub</source>
        <translation>Inscrire cet ordinateur auprès du serveur central</translation>
    </message>
    <message>
        <source>Laptops of the agency</source>
        <translation>Ordinateurs de l&apos;organisme</translation>
    </message>
    <message>
        <source>&amp;Remove laptop…</source>
        <translation>&amp;Retirer l&apos;ordinateur…</translation>
    </message>
    <message>
        <source>Remove the selected laptop</source>
        <translation>Retirer l&apos;ordinateur sélectionné</translation>
    </message>
    <message>
        <source>Laptops waiting for approval</source>
        <translation>Ordinateurs en attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Ask the &amp;hub</source>
        <translation>Interroger le &amp;serveur</translation>
    </message>
    <message>
        <source>Ask the hub which laptops are waiting</source>
        <translation>Demander au serveur central quels ordinateurs attendent</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approuver…</translation>
    </message>
    <message>
        <source>Approve the selected laptop</source>
        <translation>Approuver l&apos;ordinateur sélectionné</translation>
    </message>
    <message>
        <source>Partner agencies</source>
        <translation>Organismes partenaires</translation>
    </message>
    <message>
        <source>Partner agencies and their pinned fingerprints</source>
        <translation>Organismes partenaires et leurs empreintes épinglées</translation>
    </message>
    <message>
        <source>Offline bundles (USB stick)</source>
        <translation>Paquets hors ligne (clé USB)</translation>
    </message>
    <message>
        <source>Where there is no connection, export this laptop&apos;s changes and referral messages to a file, carry it to another laptop and import it there. Bundles are sealed like everything sent to the hub.</source>
        <translation>Là où il n&apos;y a pas de connexion, exportez dans un fichier les modifications et les messages d&apos;orientation de cet ordinateur, apportez-le sur un autre ordinateur et importez-le. Les paquets sont scellés comme tout ce qui est envoyé au serveur central.</translation>
    </message>
    <message>
        <source>E&amp;xport bundle…</source>
        <translation>E&amp;xporter un paquet…</translation>
    </message>
    <message>
        <source>Export an offline bundle</source>
        <translation>Exporter un paquet hors ligne</translation>
    </message>
    <message>
        <source>I&amp;mport bundle…</source>
        <translation>I&amp;mporter un paquet…</translation>
    </message>
    <message>
        <source>Import an offline bundle</source>
        <translation>Importer un paquet hors ligne</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>first laptop</source>
        <translation>premier ordinateur</translation>
    </message>
    <message>
        <source>CollabDesk bundles (*.cdbundle);;All files (*)</source>
        <translation>Paquets CollabDesk (*.cdbundle);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Approve laptop</source>
        <translation>Approuver l&apos;ordinateur</translation>
    </message>
    <message>
        <source>Read the fingerprint shown on the Network page of “{label}” and type it here. Approve only if it matches.</source>
        <translation>Lisez l&apos;empreinte affichée sur la page Réseau de « {label} » et saisissez-la ici. N&apos;approuvez que si elle correspond.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Sync overview</source>
        <translation>Vue d&apos;ensemble de la synchronisation</translation>
    </message>
    <message>
        <source>No sync since sign-in.</source>
        <translation>Aucune synchronisation depuis la connexion.</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Sync with the hub now</source>
        <translation>Synchroniser maintenant avec le serveur central</translation>
    </message>
    <message>
        <source>Not connected to a hub. Enter the hub address and the one-time code from the hub operator.</source>
        <translation>Non connecté à un serveur central. Saisissez l&apos;adresse du serveur et le code à usage unique fourni par son gestionnaire.</translation>
    </message>
    <message>
        <source>Enrolled with {hub}, waiting for approval. Ask an administrator at a laptop already connected to approve this one after comparing this laptop&apos;s fingerprint.</source>
        <translation>Inscrit auprès de {hub}, en attente d&apos;approbation. Demandez à un administrateur, sur un ordinateur déjà connecté, d&apos;approuver celui-ci après avoir comparé l&apos;empreinte de cet ordinateur.</translation>
    </message>
    <message>
        <source>Connected to {hub}.</source>
        <translation>Connecté à {hub}.</translation>
    </message>
    <message>
        <source>This laptop was removed from the agency&apos;s laptops and no longer syncs. It can be enrolled again with a new code.</source>
        <translation>Cet ordinateur a été retiré des ordinateurs de l&apos;organisme et ne se synchronise plus. Il peut être inscrit à nouveau avec un nouveau code.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucune pour l&apos;instant)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n modification à envoyer</numerusform>
            <numerusform>%n modifications à envoyer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) for partners waiting</source>
        <translation>
            <numerusform>%n message pour les partenaires en attente</numerusform>
            <numerusform>%n messages pour les partenaires en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be delivered</source>
        <translation>
            <numerusform>%n message n&apos;a pas pu être remis</numerusform>
            <numerusform>%n messages n&apos;ont pas pu être remis</numerusform>
        </translation>
    </message>
    <message>
        <source>last contact with the hub: {when}</source>
        <translation>dernier contact avec le serveur central : {when}</translation>
    </message>
    <message>
        <source>no contact with the hub yet</source>
        <translation>pas encore de contact avec le serveur central</translation>
    </message>
    <message>
        <source>last problem: {error}</source>
        <translation>dernier problème : {error}</translation>
    </message>
    <message>
        <source>Enter the hub address and the enrolment code.</source>
        <translation>Saisissez l&apos;adresse du serveur central et le code d&apos;inscription.</translation>
    </message>
    <message>
        <source>Enrolling this laptop…</source>
        <translation>Inscription de cet ordinateur…</translation>
    </message>
    <message>
        <source>This laptop is connected to the hub.</source>
        <translation>Cet ordinateur est connecté au serveur central.</translation>
    </message>
    <message>
        <source>This laptop is enrolled and waits for approval. On a laptop already connected, open Network and approve it after comparing this fingerprint: {fp}</source>
        <translation>Cet ordinateur est inscrit et attend d&apos;être approuvé. Sur un ordinateur déjà connecté, ouvrez Réseau et approuvez-le après avoir comparé cette empreinte : {fp}</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>Interrogation du serveur central…</translation>
    </message>
    <message>
        <source>The hub could not be asked: {error}</source>
        <translation>Le serveur central n&apos;a pas pu être interrogé : {error}</translation>
    </message>
    <message>
        <source>No laptop is waiting.</source>
        <translation>Aucun ordinateur n&apos;attend.</translation>
    </message>
    <message numerus="yes">
        <source>%n laptop(s) waiting.</source>
        <translation>
            <numerusform>%n ordinateur en attente.</numerusform>
            <numerusform>%n ordinateurs en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approving the laptop…</source>
        <translation>Approbation de l&apos;ordinateur…</translation>
    </message>
    <message>
        <source>“{label}” can now sync with the agency&apos;s data.</source>
        <translation>« {label} » peut maintenant se synchroniser avec les données de l&apos;organisme.</translation>
    </message>
    <message>
        <source>Remove laptop</source>
        <translation>Retirer l&apos;ordinateur</translation>
    </message>
    <message>
        <source>Remove “{label}” from the agency&apos;s laptops? It will no longer sync, and new data will be sealed with a new agency key it does not have. It keeps what it already holds, so report a lost laptop as well.</source>
        <translation>Retirer « {label} » des ordinateurs de l&apos;organisme ? Il ne se synchronisera plus et les nouvelles données seront scellées avec une nouvelle clé de l&apos;organisme qu&apos;il n&apos;a pas. Il garde ce qu&apos;il contient déjà : signalez aussi un ordinateur perdu.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>“{label}” was removed.</source>
        <translation>« {label} » a été retiré.</translation>
    </message>
    <message>
        <source>Removing the laptop…</source>
        <translation>Retrait de l&apos;ordinateur…</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Écriture du paquet…</translation>
    </message>
    <message numerus="yes">
        <source>Bundle written to {path}: %n change(s) and {messages} message(s) for partners.</source>
        <translation>
            <numerusform>Paquet écrit dans {path} : %n modification et {messages} message(s) pour les partenaires.</numerusform>
            <numerusform>Paquet écrit dans {path} : %n modifications et {messages} message(s) pour les partenaires.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the bundle…</source>
        <translation>Lecture du paquet…</translation>
    </message>
    <message numerus="yes">
        <source>Bundle read: %n envelope(s) applied</source>
        <translation>
            <numerusform>Paquet lu : %n enveloppe appliquée</numerusform>
            <numerusform>Paquet lu : %n enveloppes appliquées</numerusform>
        </translation>
    </message>
    <message>
        <source>, {skipped} already here, {rejected} refused.</source>
        <translation>, {skipped} déjà présents, {rejected} refusés.</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Refusé : {reason}</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Last sync at {when}: sent {events} change(s) and {sent} message(s), received {applied} envelope(s), {rejected} refused.</source>
        <translation>Dernière synchronisation à {when} : {events} modification(s) et {sent} message(s) envoyés, {applied} enveloppe(s) reçue(s), {rejected} refusée(s).</translation>
    </message>
    <message>
        <source>{n} message(s) could not be delivered.</source>
        <translation>{n} message(s) n&apos;ont pas pu être remis.</translation>
    </message>
    <message>
        <source>At {when} the hub did not answer; this laptop keeps working offline and tries again later.</source>
        <translation>À {when}, le serveur central n&apos;a pas répondu ; cet ordinateur continue de fonctionner hors ligne et réessaiera plus tard.</translation>
    </message>
    <message>
        <source>Not connected to a hub yet.</source>
        <translation>Pas encore connecté à un serveur central.</translation>
    </message>
    <message>
        <source>At {when}: {message}</source>
        <translation>À {when} : {message}</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case for {name}</source>
        <translation>Nouveau dossier pour {name}</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>e.g. Housing after eviction</source>
        <translation>p. ex. logement après une expulsion</translation>
    </message>
    <message>
        <source>No need yet</source>
        <translation>Pas encore de besoin</translation>
    </message>
    <message>
        <source>Case &amp;title</source>
        <translation>&amp;Titre du dossier</translation>
    </message>
    <message>
        <source>Give the case a short title.</source>
        <translation>Donnez un titre court au dossier.</translation>
    </message>
    <message>
        <source>First &amp;need</source>
        <translation>Premier &amp;besoin</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>&amp;Gravité</translation>
    </message>
    <message>
        <source>Need &amp;description</source>
        <translation>&amp;Description du besoin</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Add a partner</source>
        <translation>Ajouter un partenaire</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>A partner needs a name.</source>
        <translation>Le partenaire doit avoir un nom.</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>Courri&amp;el</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>Site &amp;web</translation>
    </message>
</context>
<context>
    <name>PartnerServiceDialog</name>
    <message>
        <source>Add a partner service</source>
        <translation>Ajouter un service partenaire</translation>
    </message>
    <message>
        <source>Meets need: {domain}</source>
        <translation>Répond au besoin : {domain}</translation>
    </message>
    <message>
        <source>comma-separated, e.g. English, Spanish</source>
        <translation>séparées par des virgules, p. ex. anglais, espagnol</translation>
    </message>
    <message>
        <source>comma-separated towns or districts</source>
        <translation>villes ou quartiers séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partenaire</translation>
    </message>
    <message>
        <source>Choose the partner that offers the service.</source>
        <translation>Choisissez le partenaire qui propose le service.</translation>
    </message>
    <message>
        <source>&amp;Service name</source>
        <translation>Nom du &amp;service</translation>
    </message>
    <message>
        <source>A service needs a name.</source>
        <translation>Le service doit avoir un nom.</translation>
    </message>
    <message>
        <source>Needs it &amp;meets</source>
        <translation>Besoins &amp;couverts</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Langues</translation>
    </message>
    <message>
        <source>&amp;Areas served</source>
        <translation>Zones &amp;desservies</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>Ad&amp;resse</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Télé&amp;phone</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>Courri&amp;el</translation>
    </message>
    <message>
        <source>&amp;Eligibility</source>
        <translation>&amp;Conditions d&apos;accès</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase for {name}</source>
        <translation>Phrase secrète pour {name}</translation>
    </message>
    <message>
        <source>This sets {name}&apos;s passphrase on this laptop only. Tell them in person, not by e-mail.</source>
        <translation>Cela définit la phrase secrète de {name} sur cet ordinateur uniquement. Communiquez-la en personne, pas par courriel.</translation>
    </message>
    <message>
        <source>Set passphrase</source>
        <translation>Définir la phrase secrète</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choisissez une phrase secrète</translation>
    </message>
    <message>
        <source>The passphrase unlocks the store. Nobody can reset it for you without the recovery code, so pick one you will remember.</source>
        <translation>La phrase secrète déverrouille les données. Personne ne peut la réinitialiser sans le code de récupération : choisissez-en une dont vous vous souviendrez.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>“{section}” is not available in this version yet.</source>
        <translation>« {section} » n&apos;est pas encore disponible dans cette version.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Please give a reason.</source>
        <translation>Veuillez indiquer un motif.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>New recovery code</source>
        <translation>Nouveau code de récupération</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover access</source>
        <translation>Récupérer l&apos;accès</translation>
    </message>
    <message>
        <source>Type the agency&apos;s recovery code (from the paper printed at setup) and choose a new passphrase.</source>
        <translation>Saisissez le code de récupération de l&apos;organisme (sur le papier imprimé lors de l&apos;installation) et choisissez une nouvelle phrase secrète.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>XXXX-XXXX-…</source>
        <translation>XXXX-XXXX-…</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Recovery message</source>
        <translation>Message de récupération</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <source>Set passphrase and sign in</source>
        <translation>Définir la phrase secrète et se connecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation>Code de récupération :</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <source>Checking the recovery code…</source>
        <translation>Vérification du code de récupération…</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Estimated birth year</source>
        <translation>Année de naissance estimée</translation>
    </message>
    <message>
        <source>Send a referral</source>
        <translation>Envoyer une orientation</translation>
    </message>
    <message>
        <source>&amp;Send referral</source>
        <translation>&amp;Envoyer l&apos;orientation</translation>
    </message>
    <message>
        <source>Send referral</source>
        <translation>Envoyer l&apos;orientation</translation>
    </message>
    <message>
        <source>1. Partner service</source>
        <translation>1. Service partenaire</translation>
    </message>
    <message>
        <source>Search services…</source>
        <translation>Rechercher des services…</translation>
    </message>
    <message>
        <source>Search partner services</source>
        <translation>Rechercher des services partenaires</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Any need</source>
        <translation>Tout besoin</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>Langue parlée</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Area served</source>
        <translation>Zone desservie</translation>
    </message>
    <message>
        <source>Partner services</source>
        <translation>Services partenaires</translation>
    </message>
    <message>
        <source>Chosen service</source>
        <translation>Service choisi</translation>
    </message>
    <message>
        <source>2. What is shared</source>
        <translation>2. Ce qui est partagé</translation>
    </message>
    <message>
        <source>Share: {field}</source>
        <translation>Partager : {field}</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Enregistrer le &amp;consentement…</translation>
    </message>
    <message>
        <source>Record the client&apos;s consent</source>
        <translation>Enregistrer le consentement de l&apos;usager</translation>
    </message>
    <message>
        <source>Exactly what will be sent</source>
        <translation>Exactement ce qui sera envoyé</translation>
    </message>
    <message>
        <source>Exactly what will leave this agency:</source>
        <translation>Exactement ce qui sortira de cet organisme :</translation>
    </message>
    <message>
        <source>&amp;Reason for referral</source>
        <translation>&amp;Motif de l&apos;orientation</translation>
    </message>
    <message>
        <source>Say why you are referring the client.</source>
        <translation>Indiquez pourquoi vous orientez l&apos;usager.</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>&amp;Urgence</translation>
    </message>
    <message>
        <source>Why the referral cannot be sent yet</source>
        <translation>Pourquoi l&apos;orientation ne peut pas encore être envoyée</translation>
    </message>
    <message>
        <source>{service} at {partner}</source>
        <translation>{service} chez {partner}</translation>
    </message>
    <message>
        <source>Choose a partner service to see the consent that covers it.</source>
        <translation>Choisissez un service partenaire pour voir le consentement qui le couvre.</translation>
    </message>
    <message>
        <source>Covered by the client&apos;s {method} consent of {date} to share: {fields}.</source>
        <translation>Couvert par le consentement {method} de l&apos;usager du {date} pour partager : {fields}.</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>aucun ouvert</translation>
    </message>
    <message>
        <source>Choose a partner service first.</source>
        <translation>Choisissez d&apos;abord un service partenaire.</translation>
    </message>
    <message>
        <source>Checking the client&apos;s consent…</source>
        <translation>Vérification du consentement de l&apos;usager…</translation>
    </message>
    <message>
        <source>Sending is blocked: {problem}</source>
        <translation>L&apos;envoi est bloqué : {problem}</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Referral lists</source>
        <translation>Listes d&apos;orientations</translation>
    </message>
    <message>
        <source>&amp;Incoming</source>
        <translation>&amp;Reçues</translation>
    </message>
    <message>
        <source>&amp;Outgoing</source>
        <translation>&amp;Envoyées</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation>&amp;Accepter…</translation>
    </message>
    <message>
        <source>Accept the referral</source>
        <translation>Accepter l&apos;orientation</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>&amp;Refuser…</translation>
    </message>
    <message>
        <source>Decline the referral</source>
        <translation>Refuser l&apos;orientation</translation>
    </message>
    <message>
        <source>&amp;Start service</source>
        <translation>&amp;Démarrer le service</translation>
    </message>
    <message>
        <source>Record that the service started</source>
        <translation>Enregistrer que le service a démarré</translation>
    </message>
    <message>
        <source>Co&amp;mplete</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Record that the service is complete</source>
        <translation>Enregistrer que le service est terminé</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>&amp;Clore…</translation>
    </message>
    <message>
        <source>Close the referral</source>
        <translation>Clore l&apos;orientation</translation>
    </message>
    <message>
        <source>Open &amp;case</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Open the referral&apos;s case</source>
        <translation>Ouvrir le dossier de l&apos;orientation</translation>
    </message>
    <message>
        <source>&amp;Incoming ({n} new)</source>
        <translation>&amp;Reçues ({n} nouvelles)</translation>
    </message>
    <message>
        <source>Select a referral to see its details.</source>
        <translation>Sélectionnez une orientation pour voir ses détails.</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motif : {reason}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>État : {status}</translation>
    </message>
    <message>
        <source>Shared: {fields}</source>
        <translation>Partagé : {fields}</translation>
    </message>
    <message>
        <source>Decline referral</source>
        <translation>Refuser l&apos;orientation</translation>
    </message>
    <message>
        <source>Close referral</source>
        <translation>Clore l&apos;orientation</translation>
    </message>
    <message>
        <source>Why is the referral declined? The partner will see this.</source>
        <translation>Pourquoi l&apos;orientation est-elle refusée ? Le partenaire le verra.</translation>
    </message>
    <message>
        <source>Why is the referral closed?</source>
        <translation>Pourquoi l&apos;orientation est-elle close ?</translation>
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
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, one file (*.csv);;CSV, one file per table (*.zip)</source>
        <translation>CSV, un fichier (*.csv);;CSV, un fichier par tableau (*.zip)</translation>
    </message>
    <message>
        <source>Export the summary</source>
        <translation>Exporter le bilan</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Preview the summary</source>
        <translation>Prévisualiser le bilan</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Exporter en XLSX…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Submit to hub</source>
        <translation>Soumettre au serveur central</translation>
    </message>
    <message>
        <source>Queue this month&apos;s summary for the network&apos;s hub; it is sent when the hub answers.</source>
        <translation>Mettre en file d&apos;attente le bilan de ce mois pour le serveur central du réseau ; il sera envoyé quand le serveur répondra.</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>État du rapport</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Monthly summaries are for supervisors.</source>
        <translation>Les bilans mensuels sont réservés aux superviseurs.</translation>
    </message>
    <message>
        <source>Preparing the summary…</source>
        <translation>Préparation du bilan…</translation>
    </message>
    <message>
        <source>Preparing the summary</source>
        <translation>Préparation du bilan</translation>
    </message>
    <message>
        <source>{agency}, {period}: this is exactly what an export or a submission contains.</source>
        <translation>{agency}, {period} : voici exactement ce que contient un export ou une soumission.</translation>
    </message>
    <message>
        <source>Orange cells: a count from 1 to {n} (withheld). Yellow cells: withheld so that a small count cannot be worked out from totals or other rows. Rows of workers are shown by name here; the hub gets pseudonyms.</source>
        <translation>Cellules orange : un effectif de 1 à {n} (masqué). Cellules jaunes : masquées pour qu&apos;un petit effectif ne puisse pas être déduit des totaux ou d&apos;autres lignes. Ici, les lignes des intervenants apparaissent avec leur nom ; le serveur central reçoit des pseudonymes.</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Chiffre clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Withheld: it rests on too few referrals or could reveal a small count.</source>
        <translation>Masqué : repose sur trop peu d&apos;orientations ou pourrait révéler un petit effectif.</translation>
    </message>
    <message>
        <source>Withheld: a count from 1 to {n}.</source>
        <translation>Masqué : un effectif de 1 à {n}.</translation>
    </message>
    <message>
        <source>Withheld to protect a small count elsewhere.</source>
        <translation>Masqué pour protéger un petit effectif ailleurs.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Exporting the summary</source>
        <translation>Export du bilan</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>{file} enregistré.</translation>
    </message>
    <message>
        <source>Submitting the summary</source>
        <translation>Soumission du bilan</translation>
    </message>
    <message>
        <source>{month}: queued — will be sent when the hub answers.</source>
        <translation>{month} : en file d&apos;attente ; sera envoyé quand le serveur central répondra.</translation>
    </message>
    <message>
        <source>{month}: queued — will be sent once this laptop is enrolled with the hub and the hub answers.</source>
        <translation>{month} : en file d&apos;attente ; sera envoyé quand cet ordinateur sera inscrit auprès du serveur central et que celui-ci répondra.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Annulé ; rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Results update as you type. Press Escape to clear.</source>
        <translation>Les résultats se mettent à jour pendant la saisie. Appuyez sur Échap pour effacer.</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Record a service</source>
        <translation>Enregistrer un service</translation>
    </message>
    <message>
        <source>e.g. Food parcel, counselling session</source>
        <translation>p. ex. colis alimentaire, séance d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Not for a particular need</source>
        <translation>Pas pour un besoin particulier</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>Say what service was delivered.</source>
        <translation>Indiquez quel service a été fourni.</translation>
    </message>
    <message>
        <source>&amp;Delivered on</source>
        <translation>&amp;Fourni le</translation>
    </message>
    <message>
        <source>For &amp;need</source>
        <translation>Pour le &amp;besoin</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Prestataire</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Quantité</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>D&amp;escription</translation>
    </message>
</context>
<context>
    <name>SignInWidget</name>
    <message>
        <source>Choose who is signing in.</source>
        <translation>Choisissez qui se connecte.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Saisissez votre phrase secrète.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>That passphrase is not correct for this user.</source>
        <translation>Cette phrase secrète n&apos;est pas correcte pour cet utilisateur.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de phrases secrètes erronées. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de phrases secrètes erronées. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
    <message>
        <source>Sign in to CollabDesk</source>
        <translation>Se connecter à CollabDesk</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Forgot passphrase…</source>
        <translation>Phrase secrète oubliée…</translation>
    </message>
    <message>
        <source>Forgot passphrase</source>
        <translation>Phrase secrète oubliée</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Message de connexion</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Indication</translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>Status: {status}</source>
        <translation>Statut : {status}</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>this laptop waits for approval by an administrator on another laptop of the agency</source>
        <extracomment>seconds the hub client waits for an answer; a round holds the db lane meanwhile</extracomment>
        <translation>cet ordinateur attend l&apos;approbation d&apos;un administrateur sur un autre ordinateur de l&apos;organisme</translation>
    </message>
    <message>
        <source>this laptop was removed from the agency&apos;s devices and no longer syncs; ask an administrator to enrol it again</source>
        <translation>cet ordinateur a été retiré des appareils de l&apos;organisme et ne se synchronise plus ; demandez à un administrateur de l&apos;inscrire à nouveau</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Offline — changes are kept on this laptop</source>
        <translation>Hors ligne : les modifications sont conservées sur cet ordinateur</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Up to date with the hub</source>
        <translation>À jour avec le serveur central</translation>
    </message>
    <message>
        <source>Sync needs attention</source>
        <translation>La synchronisation demande votre attention</translation>
    </message>
    <message>
        <source>No changes waiting</source>
        <translation>Aucune modification en attente</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes waiting</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <source>Last contact with the hub: {when}</source>
        <translation>Dernier contact avec le serveur central : {when}</translation>
    </message>
    <message>
        <source>No contact with the hub yet</source>
        <translation>Pas encore de contact avec le serveur central</translation>
    </message>
    <message>
        <source>Last contact with the hub</source>
        <translation>Dernier contact avec le serveur central</translation>
    </message>
    <message>
        <source>{name} ({roles})</source>
        <translation>{name} ({roles})</translation>
    </message>
    <message>
        <source>Signed in as {who}</source>
        <translation>Connecté en tant que {who}</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>Personne n&apos;est connecté</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>intervenant</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>superviseur</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Sync with the hub now</source>
        <translation>Synchroniser maintenant avec le serveur central</translation>
    </message>
    <message>
        <source>Sync with the hub now (F9)</source>
        <translation>Synchroniser maintenant avec le serveur central (F9)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Lock the screen</source>
        <translation>Verrouiller l&apos;écran</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation>Verrouiller maintenant (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>A une échéance</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>&amp;What needs doing</source>
        <translation>&amp;Ce qu&apos;il faut faire</translation>
    </message>
    <message>
        <source>Say what needs doing.</source>
        <translation>Indiquez ce qu&apos;il faut faire.</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>É&amp;chéance</translation>
    </message>
    <message>
        <source>&amp;Assigned to</source>
        <translation>&amp;Attribuée à</translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Usager</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Press Space to mark a task done.</source>
        <translation>Appuyez sur Espace pour marquer une tâche comme faite.</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (en retard)</translation>
    </message>
    <message>
        <source>{date} (today)</source>
        <translation>{date} (aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>{title}, done</source>
        <translation>{title}, faite</translation>
    </message>
</context>
<context>
    <name>TaskProgressDialog</name>
    <message>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <source>Progress message</source>
        <translation>Message d’avancement</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel this task</source>
        <translation>Annuler cette tâche</translation>
    </message>
    <message>
        <source>Cancelling… waiting for the current step to end.</source>
        <translation>Annulation… en attente de la fin de l’étape en cours.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Something went wrong and the action could not be completed. Please try again; if it keeps happening, ask your IT volunteer to look at the application log.</source>
        <translation>Un problème est survenu et l’action n’a pas pu aboutir. Veuillez réessayer ; si cela se reproduit, demandez à votre bénévole informatique de consulter le journal de l’application.</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Which tasks</source>
        <translation>Quelles tâches</translation>
    </message>
    <message>
        <source>My open tasks</source>
        <translation>Mes tâches en cours</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>À faire aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>My tasks, including done</source>
        <translation>Mes tâches, y compris terminées</translation>
    </message>
    <message>
        <source>Everyone&apos;s overdue tasks</source>
        <translation>Tâches en retard de tous</translation>
    </message>
    <message>
        <source>&amp;New task</source>
        <translation>&amp;Nouvelle tâche</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the task&apos;s case</source>
        <translation>Ouvrir le dossier de la tâche</translation>
    </message>
</context>
<context>
    <name>Upkeep</name>
    <message>
        <source>Scheduled backup written to {path}</source>
        <translation>Sauvegarde planifiée écrite dans {path}</translation>
    </message>
    <message>
        <source>The scheduled backup failed: {error}</source>
        <translation>La sauvegarde planifiée a échoué : {error}</translation>
    </message>
    <message>
        <source>A newer version ({version}) is available — ask your IT volunteer</source>
        <translation>Une version plus récente ({version}) est disponible : demandez à votre bénévole informatique</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Edit user</source>
        <translation>Modifier l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Save user</source>
        <translation>Enregistrer l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nom affiché :</translation>
    </message>
    <message>
        <source>A user name is 2–40 letters, digits, dots, dashes or underscores.</source>
        <translation>Un nom d&apos;utilisateur compte de 2 à 40 lettres, chiffres, points, tirets ou tirets bas.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Choisissez au moins un rôle.</translation>
    </message>
    <message>
        <source>Choose a passphrase for this laptop (typed twice, at least fair).</source>
        <translation>Choisissez une phrase secrète pour cet ordinateur (saisie deux fois, au moins correcte).</translation>
    </message>
</context>
<context>
    <name>_ReferralList</name>
    <message>
        <source>Filter referrals</source>
        <translation>Filtrer les orientations</translation>
    </message>
    <message>
        <source>Incoming referrals</source>
        <translation>Orientations reçues</translation>
    </message>
    <message>
        <source>Outgoing referrals</source>
        <translation>Orientations envoyées</translation>
    </message>
    <message>
        <source>Referral details</source>
        <translation>Détails de l&apos;orientation</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historique des états</translation>
    </message>
    <message>
        <source>Status history:</source>
        <translation>Historique des états :</translation>
    </message>
</context>
</TS>
