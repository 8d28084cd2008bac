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
        <source>Client imports</source>
        <translation>Importations de clients</translation>
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
        <source>&amp;Discard changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <source>Discard the changes not saved yet</source>
        <translation>Abandonner les modifications pas encore enregistrées</translation>
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
        <source>the client&apos;s profile</source>
        <translation>la fiche de l’usager</translation>
    </message>
    <message>
        <source>the case title</source>
        <translation>le titre du dossier</translation>
    </message>
    <message>
        <source>the note being written</source>
        <translation>la note en cours de rédaction</translation>
    </message>
    <message>
        <source>Your unsaved changes from {when} were kept and are shown again: {what}. Save them, or discard them.</source>
        <translation>Vos modifications non enregistrées ({when}) ont été conservées et sont de nouveau affichées&#xa0;: {what}. Enregistrez-les ou abandonnez-les.</translation>
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
    <name>CaseloadImport</name>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Full name (split into first and last)</source>
        <translation>Nom complet (séparé en prénom et nom)</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Autres prénoms</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Age (gives an estimated birth year)</source>
        <translation>Âge (donne une année de naissance estimée)</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
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
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>An identifier (named by the column)</source>
        <translation>Un identifiant (nommé d’après la colonne)</translation>
    </message>
    <message>
        <source>Open case: title or program</source>
        <translation>Dossier ouvert : titre ou programme</translation>
    </message>
    <message>
        <source>Open case: date opened</source>
        <translation>Dossier ouvert : date d’ouverture</translation>
    </message>
    <message>
        <source>Open case: need</source>
        <translation>Dossier ouvert : besoin</translation>
    </message>
    <message>
        <source>Open case: worker (user name)</source>
        <translation>Dossier ouvert : intervenant·e (nom d’utilisateur)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>ligne {row}</translation>
    </message>
    <message>
        <source>already registered</source>
        <translation>déjà inscrit</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Can be undone</source>
        <translation>Peut être annulée</translation>
    </message>
    <message>
        <source>{count} records changed since</source>
        <translation>{count} fiches modifiées depuis</translation>
    </message>
    <message>
        <source>Every row</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Doublons probables</translation>
    </message>
    <message>
        <source>Rows with errors</source>
        <translation>Lignes avec erreurs</translation>
    </message>
</context>
<context>
    <name>CaseloadImportWizard</name>
    <message>
        <source>Import clients from a spreadsheet</source>
        <translation>Importer des clients depuis un tableur</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
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
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
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
    <message>
        <source>No case matches this filter; clear it (Esc) to see all {n}.</source>
        <translation>Aucun dossier ne correspond à ce filtre&#xa0;; effacez-le (Esc) pour voir les {n} dossiers.</translation>
    </message>
    <message>
        <source>No cases are assigned to you. Cases you open, or that a supervisor assigns to you, appear here; find a client under Clients to open one.</source>
        <translation>Aucun dossier ne vous est attribué. Les dossiers que vous ouvrez, ou qu’un superviseur vous attribue, apparaissent ici&#xa0;; cherchez un usager dans Usagers pour en ouvrir un.</translation>
    </message>
    <message>
        <source>The agency has no cases with this status. Choose another status above.</source>
        <translation>L’organisme n’a aucun dossier avec ce statut. Choisissez un autre statut ci-dessus.</translation>
    </message>
</context>
<context>
    <name>CaseloadPanel</name>
    <message>
        <source>Bring in the clients an agency kept in spreadsheets, with their open cases. An import can be undone as a whole until one of its records is changed.</source>
        <translation>Reprenez les clients que l’organisme tenait dans des tableurs, avec leurs dossiers ouverts. Une importation peut être annulée en entier tant qu’aucune de ses fiches n’a été modifiée.</translation>
    </message>
    <message>
        <source>Import clients from a spreadsheet…</source>
        <translation>Importer des clients depuis un tableur…</translation>
    </message>
    <message>
        <source>Import clients from a spreadsheet</source>
        <translation>Importer des clients depuis un tableur</translation>
    </message>
    <message>
        <source>Undo the selected import</source>
        <translation>Annuler l’importation sélectionnée</translation>
    </message>
    <message>
        <source>Client imports</source>
        <translation>Importations de clients</translation>
    </message>
    <message>
        <source>{file} was imported: {count} new clients.</source>
        <translation>{file} a été importé : {count} nouveaux clients.</translation>
    </message>
    <message>
        <source>The import of {file} was undone.</source>
        <translation>L’importation de {file} a été annulée.</translation>
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
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import clients from a spreadsheet</source>
        <translation>Importer des clients depuis un tableur</translation>
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
    <message>
        <source>&lt;a href=&quot;intake&quot;&gt;Register a new client&lt;/a&gt; (Ctrl+N).</source>
        <translation>&lt;a href=&quot;intake&quot;&gt;Inscrire un nouvel usager&lt;/a&gt; (Ctrl+N).</translation>
    </message>
    <message>
        <source>Type a name, phone number or date of birth to find a client.</source>
        <translation>Saisissez un nom, un numéro de téléphone ou une date de naissance pour trouver un usager.</translation>
    </message>
    <message>
        <source>No client found for “{query}”.</source>
        <translation>Aucun usager trouvé pour «&#xa0;{query}&#xa0;».</translation>
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
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Sera</translation>
    </message>
    <message>
        <source>Likely the same as</source>
        <translation>Probablement la même personne que</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>Nouveaux clients</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionnés</translation>
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
        <translation type="vanished">Envoyée</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
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
        <translation type="vanished">{status} (en retard)</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="vanished">Urgence</translation>
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
        <source>{record} came in with a spreadsheet import that was undone, so the record is gone. These changes were made to it on another laptop before that laptop heard: {changes}. Enter what still matters by hand, then dismiss.</source>
        <translation>{record} est arrivé avec une importation de tableur qui a été annulée ; la fiche n’existe donc plus. Ces modifications y ont été faites sur un autre portable avant qu’il ne l’apprenne : {changes}. Saisissez à la main ce qui compte encore, puis écartez.</translation>
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
    <name>CoreMessages</name>
    <message>
        <source>&apos;{column_name}&apos; should be text, not {found}, at {path}</source>
        <translation>&apos;{column_name}&apos; devrait être du texte, pas {found}, à {path}</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a field; use one of: {fields}</source>
        <translation>« {field} » n’est pas un champ ; utilisez l’un de : {fields}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; should be text, not {found}, at {path}</source>
        <translation>&apos;{key}&apos; devrait être du texte, pas {found}, à {path}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date</source>
        <translation>« {value} » n’est pas une date</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a gender this import knows</source>
        <translation>« {value} » n’est pas un genre que cette importation connaît</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a need domain</source>
        <translation>« {value} » n’est pas un domaine de besoin</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>« {value} » n’est pas un nombre</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not the user name of a worker here</source>
        <translation>« {value} » n’est le nom d’utilisateur d’aucun membre de l’équipe ici</translation>
    </message>
    <message>
        <source>--map {given}: give it as &quot;Column=field&quot; with one of the file&apos;s columns: {columns}</source>
        <translation>--map {given} : écrivez-le sous la forme &quot;Colonne=champ&quot; avec l’une des colonnes du fichier : {columns}</translation>
    </message>
    <message>
        <source>--workers must be at least 1.</source>
        <translation>--workers doit valoir au moins 1.</translation>
    </message>
    <message>
        <source>A case that is {current} cannot become {wanted}.</source>
        <translation>Un dossier à l&apos;état {current} ne peut pas passer à {wanted}.</translation>
    </message>
    <message>
        <source>A device id does not match its signing key.</source>
        <translation>Un id d&apos;appareil ne correspond pas à sa clé de signature.</translation>
    </message>
    <message>
        <source>A device label must be 1 to 200 characters.</source>
        <translation>Une étiquette d&apos;appareil doit compter de 1 à 200 caractères.</translation>
    </message>
    <message>
        <source>A device list entry has an unknown operation or fields.</source>
        <translation>Une entrée de la liste d&apos;appareils a une opération ou des champs inconnus.</translation>
    </message>
    <message>
        <source>A device list entry has an unsupported version.</source>
        <translation>Une entrée de la liste d&apos;appareils a une version non prise en charge.</translation>
    </message>
    <message>
        <source>A device list entry is not a pair of an entry and its signature.</source>
        <translation>Une entrée de la liste d&apos;appareils n&apos;est pas une paire formée d&apos;une entrée et de sa signature.</translation>
    </message>
    <message>
        <source>A device list entry names a malformed device id.</source>
        <translation>Une entrée de la liste d&apos;appareils nomme un id d&apos;appareil mal formé.</translation>
    </message>
    <message>
        <source>A device may only pull its own agency&apos;s mailbox.</source>
        <translation>Un appareil ne peut relever que la boîte de son propre organisme.</translation>
    </message>
    <message>
        <source>A device was revoked; the agency key must be rotated first.</source>
        <translation>Un appareil a été révoqué ; la clé de l&apos;organisme doit d&apos;abord être renouvelée.</translation>
    </message>
    <message>
        <source>A form is used for one of: {uses}.</source>
        <translation>Un formulaire sert à l’un de ces usages&#xa0;: {uses}.</translation>
    </message>
    <message>
        <source>A laptop cannot remove itself; do it from another active laptop of the agency.</source>
        <translation>Un ordinateur ne peut pas se retirer lui-même ; faites-le depuis un autre ordinateur actif de l&apos;organisme.</translation>
    </message>
    <message>
        <source>A laptop was removed and the agency key is not rotated yet; remove it again from an active laptop first.</source>
        <translation>Un ordinateur a été retiré et la clé de l&apos;organisme n&apos;a pas encore été renouvelée ; retirez-le à nouveau depuis un ordinateur actif.</translation>
    </message>
    <message>
        <source>A need has no field {key!r}.</source>
        <translation>Un besoin n&apos;a pas de champ {key!r}.</translation>
    </message>
    <message>
        <source>A new version of a response must answer the same form.</source>
        <translation>Une nouvelle version d’une réponse doit porter sur le même formulaire.</translation>
    </message>
    <message>
        <source>A note cannot be empty.</source>
        <translation>Une note ne peut pas être vide.</translation>
    </message>
    <message>
        <source>A partner answered a referral that is not on this laptop.</source>
        <translation>Un partenaire a répondu à une orientation qui n&apos;est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>A partner needs a name.</source>
        <translation>Un partenaire doit avoir un nom.</translation>
    </message>
    <message>
        <source>A partner sent a referral whose id is already in use here; it was refused.</source>
        <translation>Un partenaire a envoyé une orientation dont l&apos;id est déjà utilisé ici ; elle a été refusée.</translation>
    </message>
    <message>
        <source>A partner tried to change the state of a referral it sent us; only withdrawing it is theirs to do.</source>
        <translation>Un partenaire a tenté de changer l&apos;état d&apos;une orientation qu&apos;il nous a envoyée ; il ne peut que la retirer.</translation>
    </message>
    <message>
        <source>A phone number needs at least 6 digits.</source>
        <translation>Un numéro de téléphone doit avoir au moins 6 chiffres.</translation>
    </message>
    <message>
        <source>A rate needs 0 &lt;= numerator &lt;= denominator (got {numerator}/{denominator}).</source>
        <translation>Un taux exige 0 &lt;= numérateur &lt;= dénominateur (reçu {numerator}/{denominator}).</translation>
    </message>
    <message>
        <source>A recipient&apos;s agency public key is malformed.</source>
        <translation>La clé publique d&apos;organisme d&apos;un destinataire est mal formée.</translation>
    </message>
    <message>
        <source>A recovery code has {length} letters and digits; this one has {count}.</source>
        <translation>Un code de récupération compte {length} lettres et chiffres ; celui-ci en a {count}.</translation>
    </message>
    <message>
        <source>A referral that is {current} cannot become {wanted}.</source>
        <translation>Une orientation à l&apos;état {current} ne peut pas passer à {wanted}.</translation>
    </message>
    <message>
        <source>A resource has no file path</source>
        <translation>Une ressource n&apos;a pas de chemin de fichier</translation>
    </message>
    <message>
        <source>A service cannot be recorded in the future.</source>
        <translation>Un service ne peut pas être enregistré dans le futur.</translation>
    </message>
    <message>
        <source>A service needs a name.</source>
        <translation>Un service doit avoir un nom.</translation>
    </message>
    <message>
        <source>A slot entry is not an object.</source>
        <translation>Une entrée d&apos;emplacement n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>A snapshot id is 32 lowercase hex digits.</source>
        <translation>Un id d&apos;instantané compte 32 chiffres hexadécimaux en minuscules.</translation>
    </message>
    <message>
        <source>A store already exists at {path}; refusing to overwrite it.</source>
        <translation>Des données existent déjà à {path} ; elles ne seront pas écrasées.</translation>
    </message>
    <message>
        <source>A store id must be non-empty text of at most 200 characters.</source>
        <translation>Un id de données doit être un texte non vide d&apos;au plus 200 caractères.</translation>
    </message>
    <message>
        <source>A store key must be {size} bytes.</source>
        <translation>Une clé de données doit faire {size} octets.</translation>
    </message>
    <message>
        <source>A store key rotation is unfinished; open the store once to complete it first.</source>
        <translation>Une rotation de la clé des données est inachevée ; ouvrez les données une fois pour la terminer.</translation>
    </message>
    <message>
        <source>A suggestion has no condition.</source>
        <translation>Une suggestion n’a pas de condition.</translation>
    </message>
    <message>
        <source>A suggestion&apos;s domain must be one of {domains}, not {domain}.</source>
        <translation>Le domaine d’une suggestion doit être l’un de ceux-ci&#xa0;: {domains} (et non {domain}).</translation>
    </message>
    <message>
        <source>A suggestion&apos;s severity must be one of {severities}, not {severity}.</source>
        <translation>La gravité d’une suggestion doit être l’une de celles-ci&#xa0;: {severities} (et non {severity}).</translation>
    </message>
    <message>
        <source>A user name is 2–40 letters, digits, dots, dashes or underscores.</source>
        <translation>Un nom d&apos;utilisateur compte de 2 à 40 lettres, chiffres, points, tirets ou tirets bas.</translation>
    </message>
    <message>
        <source>A user name is needed for the key slot.</source>
        <translation>Un nom d&apos;utilisateur est nécessaire pour l&apos;emplacement de clé.</translation>
    </message>
    <message>
        <source>A user name must be at most 100 printable characters.</source>
        <translation>Un nom d&apos;utilisateur doit compter au plus 100 caractères imprimables.</translation>
    </message>
    <message>
        <source>A variable has no usable name ({name}).</source>
        <translation>Une variable n’a pas de nom utilisable ({name}).</translation>
    </message>
    <message>
        <source>A vault already exists at {path}; it was not overwritten.</source>
        <translation>Un coffre existe déjà à {path} ; il n&apos;a pas été écrasé.</translation>
    </message>
    <message>
        <source>A wrapped key has the wrong size for its suite.</source>
        <translation>Une clé enveloppée n&apos;a pas la bonne taille pour sa suite cryptographique.</translation>
    </message>
    <message>
        <source>Age consistent with estimated birth year</source>
        <translation>Âge compatible avec l&apos;année de naissance estimée</translation>
    </message>
    <message>
        <source>Agency fields are filled on a client&apos;s profile.</source>
        <translation>Les champs de l’organisme se remplissent dans la fiche de l’usager.</translation>
    </message>
    <message>
        <source>Agency key epoch {epoch} is out of order; epoch {expected} was expected.</source>
        <translation>L&apos;époque {epoch} de la clé de l&apos;organisme est hors d&apos;ordre ; l&apos;époque {expected} était attendue.</translation>
    </message>
    <message>
        <source>Agency key suite {suite!r} is not supported.</source>
        <translation>La suite cryptographique {suite!r} de la clé de l&apos;organisme n&apos;est pas prise en charge.</translation>
    </message>
    <message>
        <source>Agency {agency_id} removed a laptop and has not published its new key yet; nothing is sealed to it until then.</source>
        <translation>L&apos;organisme {agency_id} a retiré un ordinateur et n&apos;a pas encore publié sa nouvelle clé ; rien ne lui est scellé d&apos;ici là.</translation>
    </message>
    <message>
        <source>Ages differ by about {years} years</source>
        <translation>Les âges diffèrent d&apos;environ {years} ans</translation>
    </message>
    <message>
        <source>Ages differ by {years} years</source>
        <translation>Les âges diffèrent de {years} ans</translation>
    </message>
    <message>
        <source>Already exists.</source>
        <translation>Existe déjà.</translation>
    </message>
    <message>
        <source>An agency named {name!r} already exists (id {agency_id}).</source>
        <translation>Un organisme nommé {name!r} existe déjà (id {agency_id}).</translation>
    </message>
    <message>
        <source>An agency public key is malformed.</source>
        <translation>Une clé publique d&apos;organisme est mal formée.</translation>
    </message>
    <message>
        <source>An entry of the agency&apos;s device list is malformed.</source>
        <translation>Une entrée de la liste d&apos;appareils de l&apos;organisme est mal formée.</translation>
    </message>
    <message>
        <source>An entry of the device list belongs to a different agency.</source>
        <translation>Une entrée de la liste d&apos;appareils appartient à un autre organisme.</translation>
    </message>
    <message>
        <source>An entry of the device list does not link to the one before it.</source>
        <translation>Une entrée de la liste d&apos;appareils ne se rattache pas à la précédente.</translation>
    </message>
    <message>
        <source>An entry of the device list has an invalid signature.</source>
        <translation>Une entrée de la liste d&apos;appareils a une signature non valide.</translation>
    </message>
    <message>
        <source>An entry of the device list is signed by a device not on the list.</source>
        <translation>Une entrée de la liste d&apos;appareils est signée par un appareil absent de la liste.</translation>
    </message>
    <message>
        <source>An entry of the device list is signed by a revoked device.</source>
        <translation>Une entrée de la liste d&apos;appareils est signée par un appareil révoqué.</translation>
    </message>
    <message>
        <source>An epoch entry must name its signer as the device.</source>
        <translation>Une entrée d&apos;époque doit nommer son signataire comme appareil.</translation>
    </message>
    <message>
        <source>An expression has no text.</source>
        <translation>Une expression n’a pas de texte.</translation>
    </message>
    <message>
        <source>An expression is empty.</source>
        <translation>Une expression est vide.</translation>
    </message>
    <message>
        <source>An expression is longer than {limit} characters.</source>
        <translation>Une expression dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>An item has no linkId (under {parent}).</source>
        <translation>Un élément n’a pas de linkId (sous {parent}).</translation>
    </message>
    <message>
        <source>An item has no linkId.</source>
        <translation>Un élément n’a pas de linkId.</translation>
    </message>
    <message>
        <source>An item is not a JSON object.</source>
        <translation>Un élément n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>An item of the response has no linkId.</source>
        <translation>Un élément de la réponse n’a pas de linkId.</translation>
    </message>
    <message>
        <source>Answer at least one question in this group.</source>
        <translation>Répondez à au moins une question de ce groupe.</translation>
    </message>
    <message>
        <source>Assessments and screenings are filled on a case.</source>
        <translation>Les évaluations et les dépistages se remplissent dans un dossier.</translation>
    </message>
    <message>
        <source>Attachments can be at most {megabytes} MB.</source>
        <translation>Les pièces jointes peuvent faire au plus {megabytes} Mo.</translation>
    </message>
    <message>
        <source>Before the start.</source>
        <translation>Avant le début.</translation>
    </message>
    <message>
        <source>CQL expressions</source>
        <translation>les expressions CQL</translation>
    </message>
    <message>
        <source>CQL libraries</source>
        <translation>les bibliothèques CQL</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Annulé ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot create the hub data folder {data_dir}: {exc}</source>
        <translation>Impossible de créer le dossier de données du serveur central {data_dir} : {exc}</translation>
    </message>
    <message>
        <source>Cannot read the duration {text!r}: use a number with s, m, h, d or w (e.g. 24h).</source>
        <translation>Impossible de lire la durée {text!r} : utilisez un nombre suivi de s, m, h, d ou w (p. ex. 24h).</translation>
    </message>
    <message>
        <source>Cannot read {path}: {problem}.</source>
        <translation>Impossible de lire {path} : {problem}.</translation>
    </message>
    <message>
        <source>Cannot use the vault file {path}. {exc}</source>
        <translation>Impossible d&apos;utiliser le fichier de coffre {path}. {exc}</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Garde d&apos;enfants</translation>
    </message>
    <message>
        <source>Choose a passphrase; it cannot be empty.</source>
        <translation>Choisissez une phrase secrète ; elle ne peut pas être vide.</translation>
    </message>
    <message>
        <source>Choose a password of at least {minimum} characters.</source>
        <translation>Choisissez un mot de passe d&apos;au moins {minimum} caractères.</translation>
    </message>
    <message>
        <source>Choose one or more roles: {roles}.</source>
        <translation>Choisissez un ou plusieurs rôles : {roles}.</translation>
    </message>
    <message>
        <source>Choose the folder that holds datapackage.json (or a .zip of it), not a single CSV file</source>
        <translation>Choisissez le dossier qui contient datapackage.json (ou un .zip de celui-ci), pas un seul fichier CSV</translation>
    </message>
    <message>
        <source>Client declined</source>
        <translation type="vanished">Le client a refusé</translation>
    </message>
    <message>
        <source>Client unreachable</source>
        <translation type="vanished">Client injoignable</translation>
    </message>
    <message>
        <source>Could not migrate the hub database: {exc}</source>
        <translation>Impossible de migrer la base de données du serveur central : {exc}</translation>
    </message>
    <message>
        <source>Could not read the vault file {path}: {strerror}.</source>
        <translation>Impossible de lire le fichier de coffre {path} : {strerror}.</translation>
    </message>
    <message>
        <source>Could not save the vault file {path} ({problem}); nothing was changed.</source>
        <translation>Impossible d&apos;enregistrer le fichier de coffre {path} ({problem}) ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Could not talk to the hub at {base_url}: {problem}.</source>
        <translation>Impossible de communiquer avec le serveur central à {base_url} : {problem}.</translation>
    </message>
    <message>
        <source>Could not write the vault file {path}: {strerror}.</source>
        <translation>Impossible d&apos;écrire le fichier de coffre {path} : {strerror}.</translation>
    </message>
    <message>
        <source>Date of birth differs by one digit ({mine} / {theirs})</source>
        <translation>La date de naissance diffère d&apos;un chiffre ({mine} / {theirs})</translation>
    </message>
    <message>
        <source>Day and month of birth swapped</source>
        <translation>Jour et mois de naissance inversés</translation>
    </message>
    <message>
        <source>Device keys are needed to enrol.</source>
        <translation>Des clés d&apos;appareil sont nécessaires pour s&apos;inscrire.</translation>
    </message>
    <message>
        <source>Device list entry field {key!r} has the wrong size.</source>
        <translation>Le champ {key!r} d&apos;une entrée de la liste d&apos;appareils n&apos;a pas la bonne taille.</translation>
    </message>
    <message>
        <source>Device list entry field {key!r} is not a whole number.</source>
        <translation>Le champ {key!r} d&apos;une entrée de la liste d&apos;appareils n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>Device list entry field {key!r} is not base64.</source>
        <translation>Le champ {key!r} d&apos;une entrée de la liste d&apos;appareils n&apos;est pas du base64.</translation>
    </message>
    <message>
        <source>Device list entry {seq} arrived where entry {expected} was expected (a gap, a repeat or a fork).</source>
        <translation>L&apos;entrée {seq} de la liste d&apos;appareils est arrivée là où l&apos;entrée {expected} était attendue (un trou, une répétition ou une bifurcation).</translation>
    </message>
    <message>
        <source>Device list entry {seq} has an invalid signature.</source>
        <translation>L&apos;entrée {seq} de la liste d&apos;appareils a une signature non valide.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="vanished">Doublon</translation>
    </message>
    <message>
        <source>Each resource must be an object</source>
        <translation>Chaque ressource doit être un objet</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Éducation</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Emploi</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Saisissez une phrase secrète.</translation>
    </message>
    <message>
        <source>Enter at least a given name or a family name.</source>
        <translation>Saisissez au moins un prénom ou un nom de famille.</translation>
    </message>
    <message>
        <source>Expected HSDS organizations or services at {path}, {found}</source>
        <translation>Des organisations ou services HSDS étaient attendus à {path}, {found}</translation>
    </message>
    <message>
        <source>Expected a list at {path}, found {found}</source>
        <translation>Une liste était attendue à {path} ; trouvé {found}</translation>
    </message>
    <message>
        <source>Expected a list of rows for {name}, found {found}</source>
        <translation>Une liste de lignes était attendue pour {name} ; trouvé {found}</translation>
    </message>
    <message>
        <source>Expected an HSDS organization, service or a list of them, found {found}</source>
        <translation>Une organisation ou un service HSDS, ou une liste de ceux-ci, était attendu ; trouvé {found}</translation>
    </message>
    <message>
        <source>Expected an HSDS package folder, a datapackage.json, a .zip or a .json file</source>
        <translation>Un dossier de paquet HSDS, un datapackage.json, un .zip ou un fichier .json était attendu</translation>
    </message>
    <message>
        <source>Expected an object at {path}, found {found}</source>
        <translation>Un objet était attendu à {path} ; trouvé {found}</translation>
    </message>
    <message>
        <source>Expected an object at {path}[{i}], found {found}</source>
        <translation>Un objet était attendu à {path}[{i}] ; trouvé {found}</translation>
    </message>
    <message>
        <source>Expected an object at {where}, found {found}</source>
        <translation>Un objet était attendu à {where} ; trouvé {found}</translation>
    </message>
    <message>
        <source>Export as one of: {formats} (not {fmt!r}).</source>
        <translation>Exportez dans l&apos;un de ces formats : {formats} (pas {fmt!r}).</translation>
    </message>
    <message>
        <source>Fair: one or two more unrelated words would make it strong.</source>
        <translation>Correcte : un ou deux mots de plus sans rapport la rendraient forte.</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Field key_generation is malformed.</source>
        <translation>Le champ key_generation est mal formé.</translation>
    </message>
    <message>
        <source>Field slots is missing.</source>
        <translation>Le champ slots est absent.</translation>
    </message>
    <message>
        <source>Field {name} has {count} bytes, expected {size}.</source>
        <translation>Le champ {name} a {count} octets ; {size} attendus.</translation>
    </message>
    <message>
        <source>Field {name} is missing or not text.</source>
        <translation>Le champ {name} est absent ou n&apos;est pas du texte.</translation>
    </message>
    <message>
        <source>Field {name} is not valid base64.</source>
        <translation>Le champ {name} n&apos;est pas du base64 valide.</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Alimentation</translation>
    </message>
    <message>
        <source>Gender must be one of: {genders}.</source>
        <translation>Le genre doit être l&apos;un de ceux-ci : {genders}.</translation>
    </message>
    <message>
        <source>Give both --ssl-certfile and --ssl-keyfile, or neither.</source>
        <translation>Indiquez à la fois --ssl-certfile et --ssl-keyfile, ou aucun des deux.</translation>
    </message>
    <message>
        <source>Give the agency a name and the first administrator a user name.</source>
        <translation>Donnez un nom à l&apos;organisme et un nom d&apos;utilisateur au premier administrateur.</translation>
    </message>
    <message>
        <source>Give the case a short title.</source>
        <translation>Donnez un titre court au dossier.</translation>
    </message>
    <message>
        <source>Give the month as YYYY-MM, for example 2026-10.</source>
        <translation>Indiquez le mois sous la forme AAAA-MM, par exemple 2026-10.</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <source>In the future.</source>
        <translation>Dans le futur.</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Revenus</translation>
    </message>
    <message>
        <source>Invalid.</source>
        <translation>Non valide.</translation>
    </message>
    <message>
        <source>It is not a CollabDesk vault file (not JSON).</source>
        <translation>Ce n&apos;est pas un fichier de coffre CollabDesk (pas du JSON).</translation>
    </message>
    <message>
        <source>It is not a CollabDesk vault file.</source>
        <translation>Ce n&apos;est pas un fichier de coffre CollabDesk.</translation>
    </message>
    <message>
        <source>It is {current} now and cannot become {wanted}.</source>
        <translation>Il est maintenant à l&apos;état {current} et ne peut pas passer à {wanted}.</translation>
    </message>
    <message>
        <source>It was written by a newer CollabDesk (vault format {version}); upgrade CollabDesk to open it.</source>
        <translation>Il a été écrit par une version plus récente de CollabDesk (format de coffre {version}) ; mettez CollabDesk à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Key derivation memory is too small for the number of lanes.</source>
        <translation>La mémoire de dérivation de clé est trop petite pour le nombre de voies.</translation>
    </message>
    <message>
        <source>Key derivation parameter {name} must be a whole number.</source>
        <translation>Le paramètre de dérivation de clé {name} doit être un nombre entier.</translation>
    </message>
    <message>
        <source>Key derivation parameter {name}={value} is above the maximum {high}; the vault file may be damaged. Restore it from a backup.</source>
        <translation>Le paramètre de dérivation de clé {name}={value} dépasse le maximum {high} ; le fichier de coffre est peut-être endommagé. Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>Key derivation parameter {name}={value} is below the minimum {low}; the vault file may have been tampered with. Restore it from a backup.</source>
        <translation>Le paramètre de dérivation de clé {name}={value} est inférieur au minimum {low} ; le fichier de coffre a peut-être été falsifié. Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>Key derivation parameters are malformed.</source>
        <translation>Les paramètres de dérivation de clé sont mal formés.</translation>
    </message>
    <message>
        <source>Key slot {label!r} ({slot_id}) was not made by CollabDesk for this store; someone edited the vault file. Remove that slot before changing passphrases or keys.</source>
        <translation>L&apos;emplacement de clé {label!r} ({slot_id}) n&apos;a pas été créé par CollabDesk pour ces données ; quelqu&apos;un a modifié le fichier de coffre. Retirez cet emplacement avant de changer des phrases secrètes ou des clés.</translation>
    </message>
    <message>
        <source>Key slot {slot_id} has no pending key; cannot finish.</source>
        <translation>L&apos;emplacement de clé {slot_id} n&apos;a pas de clé en attente ; impossible de terminer.</translation>
    </message>
    <message>
        <source>Key slot {slot_id} is damaged. Restore the vault from a backup.</source>
        <translation>L&apos;emplacement de clé {slot_id} est endommagé. Restaurez le coffre depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>Key slot {slot_id} was altered. Restore the vault from a backup or use another slot.</source>
        <translation>L&apos;emplacement de clé {slot_id} a été modifié. Restaurez le coffre depuis une sauvegarde ou utilisez un autre emplacement.</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Juridique</translation>
    </message>
    <message>
        <source>Link the referral to an existing client or create one.</source>
        <translation>Liez l&apos;orientation à un usager existant ou créez-en un.</translation>
    </message>
    <message>
        <source>Linked figures disagree: {first} is {first_value} but {second} is {second_value}. Link only tables that count the same people with the same categories.</source>
        <translation>Les chiffres liés ne concordent pas : {first} vaut {first_value} mais {second} vaut {second_value}. Ne liez que des tableaux qui comptent les mêmes personnes avec les mêmes catégories.</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Santé mentale</translation>
    </message>
    <message>
        <source>No CollabDesk store in {data_dir}. Run &apos;collabdesk init&apos; first.</source>
        <translation>Aucune donnée CollabDesk dans {data_dir}. Lancez d&apos;abord &apos;collabdesk init&apos;.</translation>
    </message>
    <message>
        <source>No active user called {username}.</source>
        <translation>Aucun utilisateur actif nommé {username}.</translation>
    </message>
    <message>
        <source>No agency {agency!r} on this hub (see &apos;agency list&apos;).</source>
        <translation>Aucun organisme {agency!r} sur ce serveur central (voir &apos;agency list&apos;).</translation>
    </message>
    <message>
        <source>No capacity</source>
        <translation type="vanished">Pas de place</translation>
    </message>
    <message>
        <source>No device {device_id!r} on this hub (see &apos;device list&apos;).</source>
        <translation>Aucun appareil {device_id!r} sur ce serveur central (voir &apos;device list&apos;).</translation>
    </message>
    <message>
        <source>No key rotation is in progress.</source>
        <translation>Aucune rotation de clé n&apos;est en cours.</translation>
    </message>
    <message>
        <source>No laptop with that id is waiting for approval in this agency.</source>
        <translation>Aucun ordinateur avec cet id n&apos;attend d&apos;approbation dans cet organisme.</translation>
    </message>
    <message>
        <source>No operator called {name!r}.</source>
        <translation>Aucun opérateur nommé {name!r}.</translation>
    </message>
    <message>
        <source>No parts of that snapshot are here.</source>
        <translation>Aucune partie de cet instantané n&apos;est ici.</translation>
    </message>
    <message>
        <source>No passphrase given: use --passphrase-file or set COLLABDESK_PASSPHRASE.</source>
        <translation>Aucune phrase secrète fournie : utilisez --passphrase-file ou définissez COLLABDESK_PASSPHRASE.</translation>
    </message>
    <message>
        <source>No store found at {path}.</source>
        <translation>Aucune donnée trouvée à {path}.</translation>
    </message>
    <message>
        <source>No such agency on this hub.</source>
        <translation>Cet organisme n&apos;existe pas sur ce serveur central.</translation>
    </message>
    <message>
        <source>No such mailbox on this hub.</source>
        <translation>Cette boîte n&apos;existe pas sur ce serveur central.</translation>
    </message>
    <message>
        <source>No user named {label!r} can unlock the store on this computer.</source>
        <translation>Aucun utilisateur nommé {label!r} ne peut déverrouiller les données sur cet ordinateur.</translation>
    </message>
    <message>
        <source>No vault file at {path}. Restore it from a backup, or set this computer up again.</source>
        <translation>Aucun fichier de coffre à {path}. Restaurez-le depuis une sauvegarde, ou configurez à nouveau cet ordinateur.</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Non binaire</translation>
    </message>
    <message>
        <source>None of the {count} envelope(s) in {name} is addressed to this agency&apos;s mailbox ({own}); they are for another agency. Import the bundle on a laptop of that agency.</source>
        <translation>Aucune des {count} enveloppe(s) de {name} n&apos;est adressée à la boîte de cet organisme ({own}) ; elles sont destinées à un autre organisme. Importez le paquet sur un ordinateur de cet organisme.</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="vanished">Non admissible</translation>
    </message>
    <message>
        <source>Only a referral from a partner can be accepted here.</source>
        <translation>Seule une orientation venant d&apos;un partenaire peut être acceptée ici.</translation>
    </message>
    <message>
        <source>Only a whole calendar month can be submitted to the hub; pick a month rather than a date range.</source>
        <translation>Seul un mois civil complet peut être envoyé au serveur central ; choisissez un mois plutôt qu&apos;une plage de dates.</translation>
    </message>
    <message>
        <source>Only active devices of this agency may do that.</source>
        <translation>Seuls les appareils actifs de cet organisme peuvent le faire.</translation>
    </message>
    <message>
        <source>Organization id &apos;{org_id}&apos; is used twice with different names (first at {path})</source>
        <translation>L&apos;id d&apos;organisation &apos;{org_id}&apos; est utilisé deux fois avec des noms différents (la première fois à {path})</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Out of area</source>
        <translation type="vanished">Hors secteur</translation>
    </message>
    <message>
        <source>Declined: client declined</source>
        <translation>Refusée : l&apos;usager a refusé</translation>
    </message>
    <message>
        <source>Declined: client unreachable</source>
        <translation>Refusée : usager injoignable</translation>
    </message>
    <message>
        <source>Declined: duplicate</source>
        <translation>Refusée : doublon</translation>
    </message>
    <message>
        <source>Declined: no capacity</source>
        <translation>Refusée : pas de place</translation>
    </message>
    <message>
        <source>Declined: not eligible</source>
        <translation>Refusée : non admissible</translation>
    </message>
    <message>
        <source>Declined: other</source>
        <translation>Refusée : autre motif</translation>
    </message>
    <message>
        <source>Declined: out of area</source>
        <translation>Refusée : hors secteur</translation>
    </message>
    <message>
        <source>Different date of birth</source>
        <translation>Date de naissance différente</translation>
    </message>
    <message>
        <source>Different family name</source>
        <translation>Nom de famille différent</translation>
    </message>
    <message>
        <source>Different given name</source>
        <translation>Prénom différent</translation>
    </message>
    <message>
        <source>Different identifier ({kinds})</source>
        <translation>Identifiant différent ({kinds})</translation>
    </message>
    <message>
        <source>Different name</source>
        <translation>Nom différent</translation>
    </message>
    <message>
        <source>Family name initial matches</source>
        <translation>L&apos;initiale du nom de famille correspond</translation>
    </message>
    <message>
        <source>Family name is a variant of {theirs}</source>
        <translation>Le nom de famille est une variante de {theirs}</translation>
    </message>
    <message>
        <source>Family name spelled similarly ({mine} / {theirs})</source>
        <translation>Nom de famille orthographié de façon proche ({mine} / {theirs})</translation>
    </message>
    <message>
        <source>Family names partly match ({theirs})</source>
        <translation>Les noms de famille correspondent en partie ({theirs})</translation>
    </message>
    <message>
        <source>Field {name} has 1 byte, expected {size}.</source>
        <translation>Le champ {name} fait 1 octet&#xa0;; {size} attendus.</translation>
    </message>
    <message>
        <source>Gender recorded differently</source>
        <translation>Genre enregistré différemment</translation>
    </message>
    <message>
        <source>Given and family names swapped</source>
        <translation>Prénom et nom de famille inversés</translation>
    </message>
    <message>
        <source>Given name initial matches</source>
        <translation>L&apos;initiale du prénom correspond</translation>
    </message>
    <message>
        <source>Given name is a nickname of {theirs}</source>
        <translation>Le prénom est un diminutif de {theirs}</translation>
    </message>
    <message>
        <source>Given name is a variant of {theirs}</source>
        <translation>Le prénom est une variante de {theirs}</translation>
    </message>
    <message>
        <source>Given name spelled similarly ({mine} / {theirs})</source>
        <translation>Prénom orthographié de façon proche ({mine} / {theirs})</translation>
    </message>
    <message>
        <source>Given names partly match ({theirs})</source>
        <translation>Les prénoms correspondent en partie ({theirs})</translation>
    </message>
    <message>
        <source>Name initial matches</source>
        <translation>L&apos;initiale correspond</translation>
    </message>
    <message>
        <source>Name is a nickname of {theirs}</source>
        <translation>Le nom est un diminutif de {theirs}</translation>
    </message>
    <message>
        <source>Name is a variant of {theirs}</source>
        <translation>Le nom est une variante de {theirs}</translation>
    </message>
    <message>
        <source>Name spelled similarly ({mine} / {theirs})</source>
        <translation>Nom orthographié de façon proche ({mine} / {theirs})</translation>
    </message>
    <message>
        <source>Names partly match ({theirs})</source>
        <translation>Les noms correspondent en partie ({theirs})</translation>
    </message>
    <message>
        <source>Part {n} of the agency&apos;s snapshot cannot be read ({reason}). Update CollabDesk on the laptop that made it, make a new snapshot there, and set this laptop up again.</source>
        <translation>La partie {n} de l&apos;instantané de l&apos;organisme ne peut pas être lue ({reason}). Mettez à jour CollabDesk sur l&apos;ordinateur qui l&apos;a créé, faites-y un nouvel instantané et configurez à nouveau cet ordinateur.</translation>
    </message>
    <message>
        <source>Pick a month, or both a start and an end date.</source>
        <translation>Choisissez un mois, ou une date de début et une date de fin.</translation>
    </message>
    <message>
        <source>Pick a month.</source>
        <translation>Choisissez un mois.</translation>
    </message>
    <message>
        <source>Pick either a month or a start and end date, not both.</source>
        <translation>Choisissez soit un mois, soit une date de début et de fin, pas les deux.</translation>
    </message>
    <message>
        <source>Recovery codes never contain {characters}; check the printed code.</source>
        <translation>Les codes de récupération ne contiennent jamais {characters} ; vérifiez le code imprimé.</translation>
    </message>
    <message>
        <source>Required value &apos;id&apos; is empty</source>
        <translation>La valeur obligatoire &apos;id&apos; est vide</translation>
    </message>
    <message>
        <source>Required value &apos;name&apos; is empty</source>
        <translation>La valeur obligatoire &apos;name&apos; est vide</translation>
    </message>
    <message>
        <source>Required value &apos;{column_name}&apos; is empty</source>
        <translation>La valeur obligatoire &apos;{column_name}&apos; est vide</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <source>Resources split over several files are not supported</source>
        <translation>Les ressources réparties sur plusieurs fichiers ne sont pas prises en charge</translation>
    </message>
    <message>
        <source>Restoring failed and the previous store was put back: {exc}</source>
        <translation>La restauration a échoué et les données précédentes ont été remises en place : {exc}</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Same birth year, different day</source>
        <translation>Même année de naissance, jour différent</translation>
    </message>
    <message>
        <source>Same date of birth</source>
        <translation>Même date de naissance</translation>
    </message>
    <message>
        <source>Same family name</source>
        <translation>Même nom de famille</translation>
    </message>
    <message>
        <source>Same given name</source>
        <translation>Même prénom</translation>
    </message>
    <message>
        <source>Same identifier ({kinds})</source>
        <translation>Même identifiant ({kinds})</translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation>Même numéro de téléphone</translation>
    </message>
    <message>
        <source>Say what needs doing.</source>
        <translation>Indiquez ce qu&apos;il faut faire.</translation>
    </message>
    <message>
        <source>Say what service was delivered.</source>
        <translation>Indiquez quel service a été fourni.</translation>
    </message>
    <message>
        <source>Say who is signing in: --user NAME (or set COLLABDESK_USER).</source>
        <translation>Indiquez qui se connecte : --user NOM (ou définissez COLLABDESK_USER).</translation>
    </message>
    <message>
        <source>Say why the referral is closed.</source>
        <translation>Indiquez pourquoi l&apos;orientation est clôturée.</translation>
    </message>
    <message>
        <source>Say why the referral is declined; the partner will see it.</source>
        <translation>Indiquez pourquoi l&apos;orientation est refusée ; le partenaire le verra.</translation>
    </message>
    <message>
        <source>Service id &apos;{service_id}&apos; is used twice with different content (first at {first})</source>
        <translation>L&apos;id de service &apos;{service_id}&apos; est utilisé deux fois avec un contenu différent (la première fois à {first})</translation>
    </message>
    <message>
        <source>Shares family name {theirs}</source>
        <translation>Partage le nom de famille {theirs}</translation>
    </message>
    <message>
        <source>Shares given name {theirs}</source>
        <translation>Partage le prénom {theirs}</translation>
    </message>
    <message>
        <source>Shares name {theirs}</source>
        <translation>Partage le nom {theirs}</translation>
    </message>
    <message>
        <source>Some fields need attention: {problems}</source>
        <translation>Certains champs demandent votre attention : {problems}</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Forte.</translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation>Consommation de substances</translation>
    </message>
    <message>
        <source>Table &apos;{name}&apos;</source>
        <translation>Tableau &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Taken.</source>
        <translation>Déjà pris.</translation>
    </message>
    <message>
        <source>That attachment is not on this laptop.</source>
        <translation>Cette pièce jointe n&apos;est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>That case does not exist on this laptop.</source>
        <translation>Ce dossier n&apos;existe pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>That client record does not exist on this laptop.</source>
        <translation>Cette fiche d&apos;usager n&apos;existe pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>That conflict was already resolved.</source>
        <translation>Ce conflit a déjà été résolu.</translation>
    </message>
    <message>
        <source>That consent does not exist.</source>
        <translation>Ce consentement n&apos;existe pas.</translation>
    </message>
    <message>
        <source>That is not the current key of this store.</source>
        <translation>Ce n&apos;est pas la clé actuelle de ces données.</translation>
    </message>
    <message>
        <source>That is the last key slot; removing it would make the store impossible to open.</source>
        <translation>C&apos;est le dernier emplacement de clé ; le retirer rendrait les données impossibles à ouvrir.</translation>
    </message>
    <message>
        <source>That laptop is not an active device of this agency.</source>
        <translation>Cet ordinateur n&apos;est pas un appareil actif de cet organisme.</translation>
    </message>
    <message>
        <source>That need does not exist.</source>
        <translation>Ce besoin n&apos;existe pas.</translation>
    </message>
    <message>
        <source>That part index is out of range.</source>
        <translation>Cet index de partie est hors limites.</translation>
    </message>
    <message>
        <source>That partner is not in the directory.</source>
        <translation>Ce partenaire n&apos;est pas dans le répertoire.</translation>
    </message>
    <message>
        <source>That passphrase is not correct for this user.</source>
        <translation>Cette phrase secrète n&apos;est pas correcte pour cet utilisateur.</translation>
    </message>
    <message>
        <source>That record does not exist.</source>
        <translation>Cet enregistrement n&apos;existe pas.</translation>
    </message>
    <message>
        <source>That recovery code does not unlock this store; it may have been replaced.</source>
        <translation>Ce code de récupération ne déverrouille pas ces données ; il a peut-être été remplacé.</translation>
    </message>
    <message>
        <source>That referral is not on this laptop.</source>
        <translation>Cette orientation n&apos;est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>That service is not in the partner directory.</source>
        <translation>Ce service n&apos;est pas dans le répertoire des partenaires.</translation>
    </message>
    <message>
        <source>That snapshot id is another device&apos;s upload; start a new snapshot with a fresh id.</source>
        <translation>Cet id d&apos;instantané correspond à l&apos;envoi d&apos;un autre appareil ; commencez un nouvel instantané avec un nouvel id.</translation>
    </message>
    <message>
        <source>That snapshot is complete; it can no longer change.</source>
        <translation>Cet instantané est complet ; il ne peut plus changer.</translation>
    </message>
    <message>
        <source>That snapshot or part is not at the hub (a newer snapshot may have replaced it).</source>
        <translation>Cet instantané ou cette partie n&apos;est pas sur le serveur central (un instantané plus récent l&apos;a peut-être remplacé).</translation>
    </message>
    <message>
        <source>That status change is not on this laptop.</source>
        <translation>Ce changement d&apos;état n&apos;est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>That task does not exist.</source>
        <translation>Cette tâche n&apos;existe pas.</translation>
    </message>
    <message>
        <source>That user does not exist.</source>
        <translation>Cet utilisateur n&apos;existe pas.</translation>
    </message>
    <message>
        <source>That worker does not exist or is no longer active.</source>
        <translation>Cet intervenant n&apos;existe pas ou n&apos;est plus actif.</translation>
    </message>
    <message>
        <source>The CSV is malformed: {exc}</source>
        <translation>Le CSV est mal formé : {exc}</translation>
    </message>
    <message>
        <source>The JSON is nested too deeply</source>
        <translation>Le JSON est imbriqué trop profondément</translation>
    </message>
    <message>
        <source>The agency has not published an agency key yet.</source>
        <translation>L&apos;organisme n&apos;a pas encore publié de clé d&apos;organisme.</translation>
    </message>
    <message>
        <source>The agency id is malformed.</source>
        <translation>L&apos;id de l&apos;organisme est mal formé.</translation>
    </message>
    <message>
        <source>The agency key grant could not be opened.</source>
        <translation>L&apos;attribution de la clé de l&apos;organisme n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>The agency key grant is not for this device or was damaged.</source>
        <translation>L&apos;attribution de la clé de l&apos;organisme n&apos;est pas destinée à cet appareil ou a été endommagée.</translation>
    </message>
    <message>
        <source>The agency name is longer than 200 characters.</source>
        <translation>Le nom de l&apos;organisme dépasse 200 caractères.</translation>
    </message>
    <message>
        <source>The agency name must not be empty.</source>
        <translation>Le nom de l&apos;organisme ne doit pas être vide.</translation>
    </message>
    <message>
        <source>The agency&apos;s device list failed verification.</source>
        <translation>La liste d&apos;appareils de l&apos;organisme a échoué à la vérification.</translation>
    </message>
    <message>
        <source>The agency&apos;s device list is empty.</source>
        <translation>La liste d&apos;appareils de l&apos;organisme est vide.</translation>
    </message>
    <message>
        <source>The agency&apos;s settings reach this laptop with its first sync; change them after it.</source>
        <translation>Les paramètres de l’organisme arrivent sur cet ordinateur lors de sa première synchronisation&#xa0;; modifiez-les ensuite.</translation>
    </message>
    <message>
        <source>The attachment needs a file name.</source>
        <translation>La pièce jointe doit avoir un nom de fichier.</translation>
    </message>
    <message>
        <source>The backup failed its checks: {problems}</source>
        <translation>La sauvegarde a échoué à ses vérifications : {problems}</translation>
    </message>
    <message>
        <source>The batch exceeds 64 MiB; split it into smaller ones.</source>
        <translation>Le lot dépasse 64 Mio ; divisez-le en lots plus petits.</translation>
    </message>
    <message>
        <source>The bundle&apos;s device list forks from the one this laptop trusts.</source>
        <translation>La liste d&apos;appareils du paquet diverge de celle à laquelle cet ordinateur se fie.</translation>
    </message>
    <message>
        <source>The client&apos;s consent does not cover sharing: {fields}. Remove these fields from the referral or record a wider consent.</source>
        <translation>Le consentement de l&apos;usager ne couvre pas le partage de : {fields}. Retirez ces champs de l&apos;orientation ou enregistrez un consentement plus large.</translation>
    </message>
    <message>
        <source>The column &apos;{column_name}&apos; is missing from the header</source>
        <translation>La colonne &apos;{column_name}&apos; manque dans l&apos;en-tête</translation>
    </message>
    <message>
        <source>The column appears twice in the header</source>
        <translation>La colonne apparaît deux fois dans l&apos;en-tête</translation>
    </message>
    <message>
        <source>The consent is not complete.</source>
        <translation>Le consentement n&apos;est pas complet.</translation>
    </message>
    <message>
        <source>The data is not a CollabDesk envelope (unknown format marker).</source>
        <translation>Les données ne sont pas une enveloppe CollabDesk (marqueur de format inconnu).</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>La date de naissance est dans le futur.</translation>
    </message>
    <message>
        <source>The date of birth is more than 120 years ago.</source>
        <translation>La date de naissance remonte à plus de 120 ans.</translation>
    </message>
    <message>
        <source>The device list adds a device that is already on it.</source>
        <translation>La liste d&apos;appareils ajoute un appareil qui y figure déjà.</translation>
    </message>
    <message>
        <source>The device list adds a device that is enrolled with another agency.</source>
        <translation>La liste d&apos;appareils ajoute un appareil inscrit auprès d&apos;un autre organisme.</translation>
    </message>
    <message>
        <source>The device list adds keys that differ from the ones this device enrolled with; compare fingerprints again.</source>
        <translation>La liste d&apos;appareils ajoute des clés différentes de celles avec lesquelles cet appareil s&apos;est inscrit ; comparez à nouveau les empreintes.</translation>
    </message>
    <message>
        <source>The device list does not start with its root device and epoch 0.</source>
        <translation>La liste d&apos;appareils ne commence pas par son appareil racine et l&apos;époque 0.</translation>
    </message>
    <message>
        <source>The device list has a gap, a repeated or a forked entry.</source>
        <translation>La liste d&apos;appareils a un trou, une entrée répétée ou une bifurcation.</translation>
    </message>
    <message>
        <source>The device list has an agency key out of order or of the wrong kind.</source>
        <translation>La liste d&apos;appareils a une clé d&apos;organisme hors d&apos;ordre ou du mauvais type.</translation>
    </message>
    <message>
        <source>The device list revokes a device that is not active.</source>
        <translation>La liste d&apos;appareils révoque un appareil qui n&apos;est pas actif.</translation>
    </message>
    <message>
        <source>The device list would revoke the agency&apos;s last active device.</source>
        <translation>La liste d&apos;appareils révoquerait le dernier appareil actif de l&apos;organisme.</translation>
    </message>
    <message>
        <source>The device list&apos;s root device is not the one you confirmed.</source>
        <translation>L&apos;appareil racine de la liste d&apos;appareils n&apos;est pas celui que vous avez confirmé.</translation>
    </message>
    <message>
        <source>The device list&apos;s root entry is not this device&apos;s keys.</source>
        <translation>L&apos;entrée racine de la liste d&apos;appareils ne correspond pas aux clés de cet appareil.</translation>
    </message>
    <message>
        <source>The document or signature is not valid base64.</source>
        <translation>Le document ou la signature n&apos;est pas du base64 valide.</translation>
    </message>
    <message>
        <source>The duration must be longer than zero.</source>
        <translation>La durée doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>The envelope body is shorter than its auth tag.</source>
        <translation>Le corps de l&apos;enveloppe est plus court que son étiquette d&apos;authentification.</translation>
    </message>
    <message>
        <source>The envelope could not be decrypted with this agency&apos;s key.</source>
        <translation>L&apos;enveloppe n&apos;a pas pu être déchiffrée avec la clé de cet organisme.</translation>
    </message>
    <message>
        <source>The envelope decrypted but its contents are malformed.</source>
        <translation>L&apos;enveloppe a été déchiffrée mais son contenu est mal formé.</translation>
    </message>
    <message>
        <source>The envelope failed a check and was not applied.</source>
        <translation>L&apos;enveloppe a échoué à une vérification et n&apos;a pas été appliquée.</translation>
    </message>
    <message>
        <source>The envelope has extra bytes after its signature.</source>
        <translation>L&apos;enveloppe a des octets en trop après sa signature.</translation>
    </message>
    <message>
        <source>The envelope has too many wrapped keys.</source>
        <translation>L&apos;enveloppe a trop de clés enveloppées.</translation>
    </message>
    <message>
        <source>The envelope header exceeds 16 KiB.</source>
        <translation>L&apos;en-tête de l&apos;enveloppe dépasse 16 Kio.</translation>
    </message>
    <message>
        <source>The envelope header is malformed or not in canonical form.</source>
        <translation>L&apos;en-tête de l&apos;enveloppe est mal formé ou n&apos;est pas sous forme canonique.</translation>
    </message>
    <message>
        <source>The envelope header is malformed: {why}.</source>
        <translation>L&apos;en-tête de l&apos;enveloppe est mal formé : {why}.</translation>
    </message>
    <message>
        <source>The envelope header is not canonical JSON.</source>
        <translation>L&apos;en-tête de l&apos;enveloppe n&apos;est pas du JSON canonique.</translation>
    </message>
    <message>
        <source>The envelope is cut short; it was damaged in transit or storage.</source>
        <translation>L&apos;enveloppe est tronquée ; elle a été endommagée pendant le transfert ou le stockage.</translation>
    </message>
    <message>
        <source>The envelope names a different sender than the key it was checked against.</source>
        <translation>L&apos;enveloppe nomme un autre expéditeur que la clé avec laquelle elle a été vérifiée.</translation>
    </message>
    <message>
        <source>The envelope or its contents exceed the size limits of the protocol.</source>
        <translation>L&apos;enveloppe ou son contenu dépasse les limites de taille du protocole.</translation>
    </message>
    <message>
        <source>The envelope was addressed to a different mailbox than the one it came from.</source>
        <translation>L&apos;enveloppe était adressée à une autre boîte que celle d&apos;où elle vient.</translation>
    </message>
    <message>
        <source>The envelope&apos;s batch expands beyond 64 MiB.</source>
        <translation>Le lot de l&apos;enveloppe dépasse 64 Mio une fois décompressé.</translation>
    </message>
    <message>
        <source>The envelope&apos;s compressed batch is incomplete.</source>
        <translation>Le lot compressé de l&apos;enveloppe est incomplet.</translation>
    </message>
    <message>
        <source>The envelope&apos;s internal lengths do not match its header.</source>
        <translation>Les longueurs internes de l&apos;enveloppe ne correspondent pas à son en-tête.</translation>
    </message>
    <message>
        <source>The envelope&apos;s signature does not match its sender&apos;s key; it was altered or forged.</source>
        <translation>La signature de l&apos;enveloppe ne correspond pas à la clé de son expéditeur ; elle a été modifiée ou falsifiée.</translation>
    </message>
    <message>
        <source>The estimated age must be between 0 and 120.</source>
        <translation>L&apos;âge estimé doit être compris entre 0 et 120.</translation>
    </message>
    <message>
        <source>The file could not be read: {problem}</source>
        <translation>Le fichier n&apos;a pas pu être lu : {problem}</translation>
    </message>
    <message>
        <source>The file does not exist</source>
        <translation>Le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>The file is empty; a header row is expected</source>
        <translation>Le fichier est vide ; une ligne d&apos;en-tête est attendue</translation>
    </message>
    <message>
        <source>The file is not valid JSON: {problem} (line {lineno}, column {colno})</source>
        <translation>Le fichier n&apos;est pas un JSON valide : {problem} (ligne {lineno}, colonne {colno})</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 text (line {line}); save it as UTF-8</source>
        <translation>Le fichier n&apos;est pas un texte UTF-8 valide (ligne {line}) ; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <source>The file is {size}; files over {limit} are not imported</source>
        <translation>Le fichier fait {size} ; les fichiers de plus de {limit} ne sont pas importés</translation>
    </message>
    <message>
        <source>The file or folder does not exist</source>
        <translation>Le fichier ou le dossier n&apos;existe pas</translation>
    </message>
    <message>
        <source>The fingerprint does not match the one the hub has for that laptop; do not approve it.</source>
        <translation>L&apos;empreinte ne correspond pas à celle que le serveur central a pour cet ordinateur ; ne l&apos;approuvez pas.</translation>
    </message>
    <message>
        <source>The first row is empty; it must hold the column names</source>
        <translation>La première ligne est vide ; elle doit contenir les noms des colonnes</translation>
    </message>
    <message>
        <source>The folder for the hub database does not exist: {folder}</source>
        <translation>Le dossier de la base de données du serveur central n&apos;existe pas : {folder}</translation>
    </message>
    <message>
        <source>The granted agency key does not match the agency&apos;s device list.</source>
        <translation>La clé d&apos;organisme attribuée ne correspond pas à la liste d&apos;appareils de l&apos;organisme.</translation>
    </message>
    <message>
        <source>The hub already knows this laptop, but not which agency it enrolled with; give the agency&apos;s hub id.</source>
        <translation>Le serveur central connaît déjà cet ordinateur, mais pas l&apos;organisme auprès duquel il s&apos;est inscrit ; indiquez l&apos;identifiant de l&apos;organisme sur le serveur.</translation>
    </message>
    <message>
        <source>The hub at {base_url} did not answer; this laptop will keep working offline and try again later.</source>
        <translation>Le serveur central à {base_url} n&apos;a pas répondu ; cet ordinateur continuera à fonctionner hors ligne et réessaiera plus tard.</translation>
    </message>
    <message>
        <source>The hub described a snapshot in a malformed way.</source>
        <translation>Le serveur central a décrit un instantané de façon incorrecte.</translation>
    </message>
    <message>
        <source>The hub enrolled this laptop with a different agency than the one named; check the agency id and code.</source>
        <translation>Le serveur central a inscrit cet ordinateur auprès d&apos;un autre organisme que celui indiqué ; vérifiez l&apos;id de l&apos;organisme et le code.</translation>
    </message>
    <message>
        <source>The hub had an internal problem (HTTP {status}); try again later.</source>
        <translation>Le serveur central a eu un problème interne (HTTP {status}) ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The hub refused the request (HTTP {status}).</source>
        <translation>Le serveur central a refusé la requête (HTTP {status}).</translation>
    </message>
    <message>
        <source>The hub refused this laptop&apos;s changes ({reason}); they stay here and will be sent again.</source>
        <translation>Le serveur central a refusé les modifications de cet ordinateur ({reason}) ; elles restent ici et seront renvoyées.</translation>
    </message>
    <message>
        <source>The hub sent a malformed page of envelopes.</source>
        <translation>Le serveur central a envoyé une page d&apos;enveloppes mal formée.</translation>
    </message>
    <message>
        <source>The hub sent an answer that is not JSON; is this the right address?</source>
        <translation>Le serveur central a envoyé une réponse qui n&apos;est pas du JSON ; est-ce la bonne adresse ?</translation>
    </message>
    <message>
        <source>The hub sent envelopes without their data.</source>
        <translation>Le serveur central a envoyé des enveloppes sans leurs données.</translation>
    </message>
    <message>
        <source>The key slots in {name} are damaged: {exc}</source>
        <translation type="vanished">Les emplacements de clé de {name} sont endommagés : {exc}</translation>
    </message>
    <message>
        <source>CollabDesk does not support {feature} ({url}).</source>
        <translation>CollabDesk ne prend pas en charge {feature} ({url}).</translation>
    </message>
    <message>
        <source>Every date in {columns} reads both ways (for example {example}): say whether the file writes the day or the month first.</source>
        <translation>Toutes les dates de {columns} se lisent dans les deux sens (par exemple {example}) : indiquez si le fichier écrit d’abord le jour ou le mois.</translation>
    </message>
    <message>
        <source>Item {link_id}: {problem}</source>
        <translation>Élément {link_id}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Items are nested more than {limit} deep.</source>
        <translation>Les éléments sont imbriqués sur plus de {limit} niveaux.</translation>
    </message>
    <message>
        <source>Items in R4 have no element {key}.</source>
        <translation>En R4, les éléments n’ont pas de champ {key}.</translation>
    </message>
    <message>
        <source>Map at least one column to a name (first name, last name or full name).</source>
        <translation>Associez au moins une colonne à un nom (prénom, nom de famille ou nom complet).</translation>
    </message>
    <message>
        <source>Name a case or a client.</source>
        <translation>Indiquez un dossier ou un usager.</translation>
    </message>
    <message>
        <source>No active version of that form is here.</source>
        <translation>Aucune version active de ce formulaire n’est présente ici.</translation>
    </message>
    <message>
        <source>No partner in the directory is called {partner}.</source>
        <translation>Aucun partenaire de l&apos;annuaire ne s&apos;appelle {partner}.</translation>
    </message>
    <message>
        <source>Only FHIRPath expressions are supported, not {language}.</source>
        <translation>Seules les expressions FHIRPath sont prises en charge, pas {language}.</translation>
    </message>
    <message>
        <source>Only this client&apos;s completed questionnaire responses can travel with a referral.</source>
        <translation>Seules les réponses complétées de ce client peuvent accompagner une orientation.</translation>
    </message>
    <message>
        <source>Open a case for the client to add the need to.</source>
        <translation>Ouvrez un dossier pour l’usager afin d’y ajouter le besoin.</translation>
    </message>
    <message>
        <source>Row {row} has errors and can only be skipped.</source>
        <translation>La ligne {row} contient des erreurs et ne peut qu’être ignorée.</translation>
    </message>
    <message>
        <source>Row {row} has no likely duplicate to merge into.</source>
        <translation>La ligne {row} n’a aucun doublon probable avec lequel fusionner.</translation>
    </message>
    <message>
        <source>Row {row} is to be merged into row {other}, which is skipped; create or skip row {row}, or import row {other}.</source>
        <translation>La ligne {row} doit être fusionnée avec la ligne {other}, qui est ignorée ; créez ou ignorez la ligne {row}, ou importez la ligne {other}.</translation>
    </message>
    <message>
        <source>Row {row}, column &apos;{column}&apos;: {problem}</source>
        <translation>Ligne {row}, colonne « {column} » : {problem}</translation>
    </message>
    <message>
        <source>Several partners in the directory are called {partner}: give the partner&apos;s id.</source>
        <translation>Plusieurs partenaires de l&apos;annuaire s&apos;appellent {partner} : indiquez l&apos;identifiant du partenaire.</translation>
    </message>
    <message>
        <source>Some answers are missing or do not fit; see the messages beside them.</source>
        <translation>Des réponses manquent ou ne conviennent pas&#xa0;; consultez les messages à côté de chacune.</translation>
    </message>
    <message>
        <source>That form has not arrived on this laptop yet.</source>
        <translation>Ce formulaire n’est pas encore arrivé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>That form is not on this laptop.</source>
        <translation>Ce formulaire n’est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>That import is not in this store.</source>
        <translation>Cette importation n’est pas dans ce magasin.</translation>
    </message>
    <message>
        <source>That response is not on this laptop.</source>
        <translation>Cette réponse n’est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>That suggestion is not on this laptop.</source>
        <translation>Cette suggestion n’est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>That suggestion was already confirmed.</source>
        <translation>Cette suggestion a déjà été confirmée.</translation>
    </message>
    <message>
        <source>That suggestion was already decided.</source>
        <translation>Une décision a déjà été prise sur cette suggestion.</translation>
    </message>
    <message>
        <source>That suggestion was already dismissed.</source>
        <translation>Cette suggestion a déjà été écartée.</translation>
    </message>
    <message>
        <source>The FHIRPath expression {expression} does not parse ({error}).</source>
        <translation>L’expression FHIRPath {expression} contient une erreur de syntaxe ({error}).</translation>
    </message>
    <message>
        <source>The client&apos;s consent for {partner_name} names no form, so no responses may be shared. Record a consent that lists the forms to share.</source>
        <translation>Le consentement du client pour {partner_name} ne nomme aucun formulaire : aucune réponse ne peut être partagée. Enregistrez un consentement qui liste les formulaires à partager.</translation>
    </message>
    <message>
        <source>The expression {expression} failed ({error}).</source>
        <translation>L’expression {expression} a échoué ({error}).</translation>
    </message>
    <message>
        <source>The expression {expression} is nested more than {limit} levels deep.</source>
        <translation>L’expression {expression} comporte plus de {limit} niveaux d’imbrication.</translation>
    </message>
    <message>
        <source>The expression {expression} is nested too deeply.</source>
        <translation>L’expression {expression} comporte trop de niveaux d’imbrication.</translation>
    </message>
    <message>
        <source>The expression {expression} was stopped: {why}.</source>
        <translation>L’expression {expression} a été arrêtée&#xa0;: {why}.</translation>
    </message>
    <message>
        <source>The extension {url} has no valueExpression.</source>
        <translation>L’extension {url} n’a pas de valueExpression.</translation>
    </message>
    <message>
        <source>The file ends in the middle of this value: it was cut short (an interrupted download or copy) or a quote is missing; nothing was imported</source>
        <translation>Le fichier s&apos;arrête au milieu de cette valeur : il a été tronqué (téléchargement ou copie interrompus) ou un guillemet manque ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; it was read as Windows-1252 (Western European). Check that accented names look right in the preview.</source>
        <translation>Le fichier n’est pas du texte UTF-8 ; il a été lu en Windows-1252 (Europe occidentale). Vérifiez dans l’aperçu que les noms accentués s’affichent correctement.</translation>
    </message>
    <message>
        <source>The form has an element {key} that R4 Questionnaires do not have.</source>
        <translation>Le formulaire contient un champ {key} que les Questionnaire R4 n’ont pas.</translation>
    </message>
    <message>
        <source>The form has modifier extensions, which change its meaning in ways CollabDesk cannot check.</source>
        <translation>Le formulaire contient des extensions modificatrices, qui changent son sens d’une manière que CollabDesk ne peut pas vérifier.</translation>
    </message>
    <message>
        <source>The form has more than {limit} items.</source>
        <translation>Le formulaire contient plus de {limit} éléments.</translation>
    </message>
    <message>
        <source>The form has no items.</source>
        <translation>Le formulaire ne contient aucun élément.</translation>
    </message>
    <message>
        <source>The form has no url, id or name to identify it by.</source>
        <translation>Le formulaire n’a ni url, ni id, ni name pour l’identifier.</translation>
    </message>
    <message>
        <source>The form has no url; it is identified as {url}.</source>
        <translation>Le formulaire n’a pas d’url&#xa0;; il est identifié comme {url}.</translation>
    </message>
    <message>
        <source>The form&apos;s url is not text.</source>
        <translation>L’url du formulaire n’est pas du texte.</translation>
    </message>
    <message>
        <source>The form&apos;s use must be one of {uses}.</source>
        <translation>L’usage du formulaire doit être l’un de ceux-ci&#xa0;: {uses}.</translation>
    </message>
    <message>
        <source>The form&apos;s version is not text.</source>
        <translation>La version du formulaire n’est pas du texte.</translation>
    </message>
    <message>
        <source>The item type {type} is not supported (docs/forms.md lists the types that are).</source>
        <translation>Le type d’élément {type} n’est pas pris en charge (docs/forms.md liste les types pris en charge).</translation>
    </message>
    <message>
        <source>The key slots in {name} are damaged. Use another backup.</source>
        <translation>Les emplacements de clé de {name} sont endommagés. Utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>The manifest is not base64.</source>
        <translation>Le manifeste n&apos;est pas du base64.</translation>
    </message>
    <message>
        <source>The month must be written YYYY-MM.</source>
        <translation>Le mois doit s&apos;écrire AAAA-MM.</translation>
    </message>
    <message>
        <source>The need is not complete.</source>
        <translation>Le besoin n&apos;est pas complet.</translation>
    </message>
    <message>
        <source>The number of wrapped keys differs from the header.</source>
        <translation>Le nombre de clés enveloppées diffère de l&apos;en-tête.</translation>
    </message>
    <message>
        <source>The package has no datapackage.json</source>
        <translation>Le paquet n&apos;a pas de datapackage.json</translation>
    </message>
    <message>
        <source>The package has no {filename}; it is required</source>
        <translation>Le paquet n&apos;a pas de {filename} ; il est obligatoire</translation>
    </message>
    <message>
        <source>The partner sent an unknown referral state.</source>
        <translation>Le partenaire a envoyé un état d&apos;orientation inconnu.</translation>
    </message>
    <message>
        <source>The partner&apos;s referral is malformed.</source>
        <translation>L&apos;orientation du partenaire est mal formée.</translation>
    </message>
    <message>
        <source>The pending key rotation is recorded inconsistently across slots.</source>
        <translation>La rotation de clé en attente est enregistrée de façon incohérente entre les emplacements.</translation>
    </message>
    <message>
        <source>The period ends before it starts; pick the dates again.</source>
        <translation>La période se termine avant de commencer ; choisissez à nouveau les dates.</translation>
    </message>
    <message>
        <source>The published figures cannot have come from one set of counts (a withheld figure would have to be negative or zero).</source>
        <translation>Les chiffres publiés ne peuvent pas provenir d&apos;un même ensemble de comptes (un chiffre masqué devrait être négatif ou nul).</translation>
    </message>
    <message>
        <source>The published figures do not add up to their totals; they cannot have come from one set of counts.</source>
        <translation>Les chiffres publiés ne correspondent pas à leurs totaux ; ils ne peuvent pas provenir d&apos;un même ensemble de comptes.</translation>
    </message>
    <message>
        <source>The push body is cut or padded: each envelope must be a u32 length and that many bytes.</source>
        <translation>Le corps de l&apos;envoi est tronqué ou complété : chaque enveloppe doit être une longueur u32 suivie d&apos;autant d&apos;octets.</translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>La quantité doit être d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>The referral is not complete.</source>
        <translation>L&apos;orientation n&apos;est pas complète.</translation>
    </message>
    <message>
        <source>The request has no {name} header.</source>
        <translation>La requête n&apos;a pas d&apos;en-tête {name}.</translation>
    </message>
    <message>
        <source>The request is missing a device signature header.</source>
        <translation>Il manque à la requête un en-tête de signature de l&apos;appareil.</translation>
    </message>
    <message>
        <source>The request is not signed correctly.</source>
        <translation>La requête n&apos;est pas correctement signée.</translation>
    </message>
    <message>
        <source>The request&apos;s device header does not match the signing key.</source>
        <translation>L&apos;en-tête d&apos;appareil de la requête ne correspond pas à la clé de signature.</translation>
    </message>
    <message>
        <source>The request&apos;s device signature does not verify.</source>
        <translation>La signature de l&apos;appareil de la requête ne se vérifie pas.</translation>
    </message>
    <message>
        <source>The request&apos;s device signature headers are malformed.</source>
        <translation>Les en-têtes de signature de l&apos;appareil de la requête sont mal formés.</translation>
    </message>
    <message>
        <source>The request&apos;s timestamp is too far from the hub&apos;s clock; check the laptop&apos;s date and time.</source>
        <translation>L&apos;horodatage de la requête est trop éloigné de l&apos;horloge du serveur central ; vérifiez la date et l&apos;heure de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>The resource path {raw!r} points outside the package</source>
        <translation>Le chemin de la ressource {raw!r} pointe hors du paquet</translation>
    </message>
    <message>
        <source>The resource {raw!r} is on the internet; only files inside the package can be imported</source>
        <translation>La ressource {raw!r} est sur internet ; seuls les fichiers du paquet peuvent être importés</translation>
    </message>
    <message>
        <source>The sealed envelope exceeds 8 MiB; split the batch.</source>
        <translation>L&apos;enveloppe scellée dépasse 8 Mio ; divisez le lot.</translation>
    </message>
    <message>
        <source>The service names organization &apos;{given}&apos; but is listed under &apos;{org_id}&apos;</source>
        <translation>Le service nomme l&apos;organisation &apos;{given}&apos; mais figure sous &apos;{org_id}&apos;</translation>
    </message>
    <message>
        <source>The service refers to organization &apos;{org_id}&apos;, which is not among the organizations being imported</source>
        <translation>Le service renvoie à l&apos;organisation &apos;{org_id}&apos;, qui ne fait pas partie des organisations importées</translation>
    </message>
    <message>
        <source>The snapshot this laptop was restoring from no longer verifies ({reason}).</source>
        <translation>L&apos;instantané à partir duquel cet ordinateur se restaurait ne se vérifie plus ({reason}).</translation>
    </message>
    <message>
        <source>The spreadsheet could not be read ({problem}); is it an .xlsx file?</source>
        <translation>Le tableur n’a pas pu être lu ({problem}) ; est-ce bien un fichier .xlsx ?</translation>
    </message>
    <message>
        <source>The store could not be opened with this key: it is damaged or belongs to another agency.</source>
        <translation>Les données n&apos;ont pas pu être ouvertes avec cette clé : elles sont endommagées ou appartiennent à un autre organisme.</translation>
    </message>
    <message>
        <source>The store file {path} cannot be read ({strerror}).</source>
        <translation>Le fichier de données {path} ne peut pas être lu ({strerror}).</translation>
    </message>
    <message>
        <source>The store file {path} is damaged ({exc}).</source>
        <translation>Le fichier de données {path} est endommagé ({exc}).</translation>
    </message>
    <message>
        <source>The store file {path} is damaged: it was cut short (1 byte missing from its last page).</source>
        <translation>Le fichier de données {path} est endommagé&#xa0;: il est tronqué (il manque 1 octet à sa dernière page).</translation>
    </message>
    <message>
        <source>The store file {path} is damaged: it was cut short ({missing} bytes missing from its last page).</source>
        <translation>Le fichier de données {path} est endommagé&#xa0;: il est tronqué (il manque {missing} octets à sa dernière page).</translation>
    </message>
    <message>
        <source>The store file {path} is empty: its contents were lost.</source>
        <translation>Le fichier de données {path} est vide&#xa0;: son contenu a été perdu.</translation>
    </message>
    <message>
        <source>The store file {path} is missing.</source>
        <translation>Le fichier de données {path} est introuvable.</translation>
    </message>
    <message>
        <source>The store inside {name} cannot be opened: {exc}</source>
        <translation>Les données contenues dans {name} ne peuvent pas être ouvertes : {exc}</translation>
    </message>
    <message>
        <source>The store is locked.</source>
        <translation>Les données sont verrouillées.</translation>
    </message>
    <message>
        <source>The store key in slot {slot_id} is damaged or was swapped. Restore the vault from a backup or use another slot.</source>
        <translation>La clé des données dans l&apos;emplacement {slot_id} est endommagée ou a été remplacée. Restaurez le coffre depuis une sauvegarde ou utilisez un autre emplacement.</translation>
    </message>
    <message>
        <source>The store key must be 32 bytes.</source>
        <translation>La clé des données doit faire 32 octets.</translation>
    </message>
    <message>
        <source>The store was used on a thread that must never wait for it.</source>
        <translation>La base de données a été utilisée sur un fil d’exécution qui ne doit jamais l’attendre.</translation>
    </message>
    <message>
        <source>The store {path} could not be opened with this key: it is damaged, or it is another agency&apos;s store.</source>
        <translation>La base de données {path} n’a pas pu être ouverte avec cette clé&#xa0;: elle est endommagée ou appartient à un autre organisme.</translation>
    </message>
    <message>
        <source>The store {path} is not a file.</source>
        <translation>La base de données {path} n’est pas un fichier.</translation>
    </message>
    <message>
        <source>The stored agency key is damaged.</source>
        <translation>La clé de l&apos;organisme enregistrée est endommagée.</translation>
    </message>
    <message>
        <source>The stored device keys have the wrong length.</source>
        <translation>Les clés d&apos;appareil enregistrées n&apos;ont pas la bonne longueur.</translation>
    </message>
    <message>
        <source>The stored sync keys are damaged or in an unknown format.</source>
        <translation>Les clés de synchronisation enregistrées sont endommagées ou dans un format inconnu.</translation>
    </message>
    <message>
        <source>The stored {name} are in an unknown format.</source>
        <translation>Les {name} enregistrées sont dans un format inconnu.</translation>
    </message>
    <message>
        <source>The stored {name} are not readable (not JSON).</source>
        <translation>Les {name} enregistrées ne sont pas lisibles (pas du JSON).</translation>
    </message>
    <message>
        <source>The stored {what} are damaged ({field} is unreadable).</source>
        <translation>Les {what} enregistrées sont endommagées ({field} est illisible).</translation>
    </message>
    <message>
        <source>The submitted summary failed a check and was not stored.</source>
        <translation>Le bilan envoyé a échoué à une vérification et n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>The summary could not be saved to {target}: {problem}. Pick another folder or free some space.</source>
        <translation>Le bilan n&apos;a pas pu être enregistré dans {target} : {problem}. Choisissez un autre dossier ou libérez de l&apos;espace.</translation>
    </message>
    <message>
        <source>The summary document is larger than 2 MiB.</source>
        <translation>Le document du bilan dépasse 2 Mio.</translation>
    </message>
    <message>
        <source>The summary document is not a JSON object of the expected shape.</source>
        <translation>Le document du bilan n&apos;est pas un objet JSON de la forme attendue.</translation>
    </message>
    <message>
        <source>The summary names another agency than the one it is submitted for.</source>
        <translation>Le bilan nomme un autre organisme que celui pour lequel il est envoyé.</translation>
    </message>
    <message>
        <source>The summary names another device than the one that sent it.</source>
        <translation>Le bilan nomme un autre appareil que celui qui l&apos;a envoyé.</translation>
    </message>
    <message>
        <source>The summary was cancelled; nothing was saved.</source>
        <translation>Le bilan a été annulé ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The summary&apos;s month differs from the month it is submitted as.</source>
        <translation>Le mois du bilan diffère du mois sous lequel il est envoyé.</translation>
    </message>
    <message>
        <source>The summary&apos;s signature does not match the sending device&apos;s key.</source>
        <translation>La signature du bilan ne correspond pas à la clé de l&apos;appareil qui l&apos;envoie.</translation>
    </message>
    <message>
        <source>The suppression threshold must be a whole number of at least 3 (got {threshold!r}): with a threshold of 2, &apos;&lt;2&apos; would reveal that the count is 1.</source>
        <translation>Le seuil de suppression doit être un nombre entier d&apos;au moins 3 (reçu {threshold!r}) : avec un seuil de 2, &apos;&lt;2&apos; révélerait que le compte est 1.</translation>
    </message>
    <message>
        <source>The tabular JSON has no &apos;{filename}&apos; list</source>
        <translation>Le JSON tabulaire n&apos;a pas de liste &apos;{filename}&apos;</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Les deux mots de passe diffèrent ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The value contains a NUL byte; is this really a CSV file?</source>
        <translation>La valeur contient un octet NUL ; est-ce vraiment un fichier CSV ?</translation>
    </message>
    <message>
        <source>The value is not valid UTF-8 text; save the file as UTF-8</source>
        <translation>La valeur n&apos;est pas un texte UTF-8 valide ; enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <source>The vault file here cannot be read, so this backup cannot be matched to this agency. If it is this agency&apos;s backup, restore it with --allow-other-agency (the damaged files are kept).</source>
        <translation>Le fichier du coffre de clés de cet ordinateur ne peut pas être lu&#xa0;: impossible de vérifier que cette sauvegarde appartient à cet organisme. S’il s’agit bien d’une sauvegarde de cet organisme, restaurez-la avec --allow-other-agency (les fichiers endommagés sont conservés).</translation>
    </message>
    <message>
        <source>The vault file was changed by another program since it was opened; reopen it and try again. Nothing was changed.</source>
        <translation>Le fichier de coffre a été modifié par un autre programme depuis son ouverture ; rouvrez-le et réessayez. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The vault file {path} can no longer be read ({strerror}); nothing was changed.</source>
        <translation>Le fichier de coffre {path} ne peut plus être lu ({strerror}) ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The vault file {path} is empty: its contents were lost. Restore it from a backup, or set this computer up again.</source>
        <translation>Le fichier du coffre de clés {path} est vide&#xa0;: son contenu a été perdu. Restaurez-le à partir d’une sauvegarde, ou configurez de nouveau cet ordinateur.</translation>
    </message>
    <message>
        <source>The zip entry cannot be read: {exc}</source>
        <translation>L&apos;entrée du zip ne peut pas être lue : {exc}</translation>
    </message>
    <message>
        <source>The zip entry is damaged: {exc}</source>
        <translation>L&apos;entrée du zip est endommagée : {exc}</translation>
    </message>
    <message>
        <source>The zip entry {filename!r} points outside the folder it would be unpacked into; the archive is refused</source>
        <translation>L&apos;entrée du zip {filename!r} pointe hors du dossier où elle serait décompressée ; l&apos;archive est refusée</translation>
    </message>
    <message>
        <source>The zip file could not be read: {problem}</source>
        <translation>Le fichier zip n&apos;a pas pu être lu : {problem}</translation>
    </message>
    <message>
        <source>The zip holds no datapackage.json</source>
        <translation>Le zip ne contient aucun datapackage.json</translation>
    </message>
    <message>
        <source>The zip holds several datapackage.json files; zip one package at a time</source>
        <translation>Le zip contient plusieurs fichiers datapackage.json ; compressez un paquet à la fois</translation>
    </message>
    <message>
        <source>The zip holds {count} entries; at most {most} are accepted</source>
        <translation>Le zip contient {count} entrées ; {most} au plus sont acceptées</translation>
    </message>
    <message>
        <source>The zip unpacks to more than {limit}</source>
        <translation>Le zip se décompresse en plus de {limit}</translation>
    </message>
    <message>
        <source>The {header} header has the wrong size.</source>
        <translation>L&apos;en-tête {header} n&apos;a pas la bonne taille.</translation>
    </message>
    <message>
        <source>The {header} header is not a device id.</source>
        <translation>L&apos;en-tête {header} n&apos;est pas un id d&apos;appareil.</translation>
    </message>
    <message>
        <source>The {header} header is not a time.</source>
        <translation>L&apos;en-tête {header} n&apos;est pas une heure.</translation>
    </message>
    <message>
        <source>The {header} header is not base64.</source>
        <translation>L&apos;en-tête {header} n&apos;est pas du base64.</translation>
    </message>
    <message>
        <source>The {label} id &apos;{ident}&apos; is used twice (first in {where})</source>
        <translation>L&apos;id de {label} &apos;{ident}&apos; est utilisé deux fois (la première fois dans {where})</translation>
    </message>
    <message>
        <source>There is already a user called {username}.</source>
        <translation>Il existe déjà un utilisateur nommé {username}.</translation>
    </message>
    <message>
        <source>There is already an operator called {name!r}; use &apos;operator password&apos; to change the password.</source>
        <translation>Il existe déjà un opérateur nommé {name!r} ; utilisez &apos;operator password&apos; pour changer le mot de passe.</translation>
    </message>
    <message>
        <source>There is more than one recovery slot.</source>
        <translation>Il y a plus d&apos;un emplacement de récupération.</translation>
    </message>
    <message>
        <source>There is no current consent to share this client&apos;s information with {partner_name}. Record the client&apos;s consent first.</source>
        <translation>Il n&apos;existe aucun consentement en cours pour partager les informations de cet usager avec {partner_name}. Enregistrez d&apos;abord le consentement de l&apos;usager.</translation>
    </message>
    <message>
        <source>There is no key slot {slot_id!r} in this vault.</source>
        <translation>Il n&apos;y a pas d&apos;emplacement de clé {slot_id!r} dans ce coffre.</translation>
    </message>
    <message>
        <source>There is no user {username!r} in this agency&apos;s store.</source>
        <translation>Il n&apos;y a pas d&apos;utilisateur {username!r} dans les données de cet organisme.</translation>
    </message>
    <message>
        <source>This agency already has a device list; enroll without one and wait for approval.</source>
        <translation>Cet organisme a déjà une liste d&apos;appareils ; inscrivez-vous sans liste et attendez l&apos;approbation.</translation>
    </message>
    <message>
        <source>This agency has no snapshot at the hub yet.</source>
        <translation>Cet organisme n&apos;a pas encore d&apos;instantané sur le serveur central.</translation>
    </message>
    <message>
        <source>This backup belongs to another agency&apos;s store. Restoring it would replace this agency&apos;s data; refusing.</source>
        <translation>Cette sauvegarde appartient aux données d&apos;un autre organisme. La restaurer remplacerait les données de cet organisme ; refusé.</translation>
    </message>
    <message>
        <source>This backup was made by a newer CollabDesk; upgrade first.</source>
        <translation>Cette sauvegarde a été faite par une version plus récente de CollabDesk ; mettez à jour d&apos;abord.</translation>
    </message>
    <message>
        <source>This case is assigned to someone else; ask a supervisor to assign it to you.</source>
        <translation>Ce dossier est attribué à quelqu&apos;un d&apos;autre ; demandez à un superviseur de vous l&apos;attribuer.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation>Ce consentement a déjà été retiré.</translation>
    </message>
    <message>
        <source>This device holds no agency key the envelope is addressed to.</source>
        <translation>Cet appareil n&apos;a aucune des clés d&apos;organisme auxquelles l&apos;enveloppe est adressée.</translation>
    </message>
    <message>
        <source>This device is already enrolled with the hub.</source>
        <translation>Cet appareil est déjà inscrit auprès du serveur central.</translation>
    </message>
    <message>
        <source>This device is waiting for approval by an active device of its agency.</source>
        <translation>Cet appareil attend l&apos;approbation d&apos;un appareil actif de son organisme.</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>Cela ne ressemble pas à une adresse électronique.</translation>
    </message>
    <message>
        <source>This enrollment code has already been used. Ask the hub operator for a new one.</source>
        <translation>Ce code d&apos;inscription a déjà été utilisé. Demandez-en un nouveau au gestionnaire du serveur.</translation>
    </message>
    <message>
        <source>This enrollment code has expired. Ask the hub operator for a new one.</source>
        <translation>Ce code d&apos;inscription a expiré. Demandez-en un nouveau au gestionnaire du serveur.</translation>
    </message>
    <message>
        <source>This enrollment code is not valid on this hub. Check it, or ask the hub operator for a new one.</source>
        <translation>Ce code d&apos;inscription n&apos;est pas valide sur ce serveur central. Vérifiez-le, ou demandez-en un nouveau au gestionnaire du serveur.</translation>
    </message>
    <message>
        <source>This exact request was already received; a replayed request is refused.</source>
        <translation>Cette même requête a déjà été reçue ; une requête rejouée est refusée.</translation>
    </message>
    <message>
        <source>This file lies outside the package folder (a link?)</source>
        <translation>Ce fichier se trouve hors du dossier du paquet (un lien ?)</translation>
    </message>
    <message>
        <source>This import was already undone.</source>
        <translation>Cette importation a déjà été annulée.</translation>
    </message>
    <message>
        <source>This is not a valid zip file: {exc}</source>
        <translation>Ce n&apos;est pas un fichier zip valide : {exc}</translation>
    </message>
    <message>
        <source>This is one of the most common passwords; choose something else.</source>
        <translation>C&apos;est l&apos;un des mots de passe les plus courants ; choisissez autre chose.</translation>
    </message>
    <message>
        <source>This is the agency&apos;s first device: it must bring the agency&apos;s device list (entries 0 and 1).</source>
        <translation>C&apos;est le premier appareil de l&apos;organisme : il doit apporter la liste d&apos;appareils de l&apos;organisme (entrées 0 et 1).</translation>
    </message>
    <message>
        <source>This is the agency&apos;s first laptop on the hub: give the agency&apos;s hub id as well (it is printed with the enrolment code).</source>
        <translation>C&apos;est le premier ordinateur de l&apos;organisme sur le serveur central : indiquez aussi l&apos;identifiant de l&apos;organisme sur le serveur (il est imprimé avec le code d&apos;inscription).</translation>
    </message>
    <message>
        <source>This laptop has been removed from the agency&apos;s devices and can no longer sync.</source>
        <translation>Cet ordinateur a été retiré des appareils de l&apos;organisme et ne peut plus se synchroniser.</translation>
    </message>
    <message>
        <source>This laptop has changes the hub does not have yet; sync first, then make the snapshot.</source>
        <translation>Cet ordinateur a des modifications que le serveur central n&apos;a pas encore ; synchronisez d&apos;abord, puis faites l&apos;instantané.</translation>
    </message>
    <message>
        <source>This laptop has no device keys yet; enrol it with the hub first.</source>
        <translation>Cet ordinateur n&apos;a pas encore de clés d&apos;appareil ; inscrivez-le d&apos;abord auprès du serveur central.</translation>
    </message>
    <message>
        <source>This laptop is already enrolled with {hub_url} (agency {hub_agency_id}).</source>
        <translation>Cet ordinateur est déjà inscrit auprès de {hub_url} (organisme {hub_agency_id}).</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with a hub yet. An administrator can enrol it with the enrolment code from the hub operator.</source>
        <translation>Cet ordinateur n&apos;est pas encore inscrit auprès d&apos;un serveur central. Un administrateur peut l&apos;inscrire avec le code d&apos;inscription fourni par le gestionnaire du serveur.</translation>
    </message>
    <message>
        <source>This laptop was set up to join an agency that already uses the hub, but the hub has no laptop of this agency yet. Enrol the agency&apos;s first laptop first (its code can be used again).</source>
        <translation>Cet ordinateur a été configuré pour rejoindre un organisme qui utilise déjà le serveur central, mais le serveur n&apos;a encore aucun ordinateur de cet organisme. Inscrivez d&apos;abord le premier ordinateur de l&apos;organisme (son code peut être réutilisé).</translation>
    </message>
    <message>
        <source>This linkId is used by more than one item; each item needs its own.</source>
        <translation>Ce linkId est utilisé par plusieurs éléments&#xa0;; chaque élément doit avoir le sien.</translation>
    </message>
    <message>
        <source>This looks like an STU3 Questionnaire ({elements}); CollabDesk reads FHIR R4. Convert it to R4 first.</source>
        <translation>Ceci ressemble à un Questionnaire STU3 ({elements})&#xa0;; CollabDesk lit FHIR R4. Convertissez-le d’abord en R4.</translation>
    </message>
    <message>
        <source>This may be {given_name} {family_name}, who is already registered ({reasons}). Open the existing record, or confirm that this is a different person.</source>
        <translation>Il pourrait s&apos;agir de {given_name} {family_name}, déjà enregistré·e ({reasons}). Ouvrez la fiche existante, ou confirmez qu&apos;il s&apos;agit d&apos;une autre personne.</translation>
    </message>
    <message>
        <source>This question needs an answer.</source>
        <translation>Cette question demande une réponse.</translation>
    </message>
    <message>
        <source>This question takes one answer.</source>
        <translation>Cette question n’accepte qu’une seule réponse.</translation>
    </message>
    <message>
        <source>This recovery code has a typo; compare it with the printed sheet.</source>
        <translation>Ce code de récupération contient une faute ; comparez-le avec la feuille imprimée.</translation>
    </message>
    <message>
        <source>This referral is already {status}.</source>
        <translation>Cette orientation est déjà à l&apos;état {status}.</translation>
    </message>
    <message>
        <source>This response is to a sensitive form; only its author and supervisors may read it.</source>
        <translation>Cette réponse porte sur un formulaire confidentiel&#xa0;; seuls son auteur et les superviseurs peuvent la lire.</translation>
    </message>
    <message>
        <source>This row has {values} values but the header has {columns} columns; a comma or quote is probably out of place</source>
        <translation>Cette ligne a {values} valeurs mais l&apos;en-tête a {columns} colonnes ; une virgule ou un guillemet est sans doute mal placé</translation>
    </message>
    <message>
        <source>This session has no data folder to back up into.</source>
        <translation>Cette session n&apos;a pas de dossier de données où enregistrer la sauvegarde.</translation>
    </message>
    <message>
        <source>This session has no data folder to back up.</source>
        <translation>Cette session n&apos;a pas de dossier de données à sauvegarder.</translation>
    </message>
    <message>
        <source>This session has no data folder to keep passphrases in.</source>
        <translation>Cette session n&apos;a pas de dossier de données où conserver les phrases secrètes.</translation>
    </message>
    <message>
        <source>This store has no recovery code; an administrator must reset access.</source>
        <translation>Ces données n&apos;ont pas de code de récupération ; un administrateur doit rétablir l&apos;accès.</translation>
    </message>
    <message>
        <source>This store was written by a newer CollabDesk (schema {version}; this version reads up to {supported}). Install the newer version to open it.</source>
        <translation>Ces données ont été écrites par une version plus récente de CollabDesk (schéma {version} ; cette version lit jusqu&apos;à {supported}). Installez la version plus récente pour les ouvrir.</translation>
    </message>
    <message>
        <source>This value is {length} characters long; values over {most} characters are not imported</source>
        <translation>Cette valeur compte {length} caractères ; les valeurs de plus de {most} caractères ne sont pas importées</translation>
    </message>
    <message>
        <source>Too large.</source>
        <translation>Trop grand.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases. Try again in 1 second.</source>
        <translation>Trop de phrases de passe incorrectes. Réessayez dans 1 seconde.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases. Try again in {seconds} seconds.</source>
        <translation>Trop de phrases secrètes erronées. Réessayez dans {seconds} secondes.</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Two columns are mapped to the same field; map each once.</source>
        <translation>Deux colonnes sont associées au même champ ; associez chaque champ une seule fois.</translation>
    </message>
    <message>
        <source>Two digits of date of birth swapped ({mine} / {theirs})</source>
        <translation>Deux chiffres de la date de naissance inversés ({mine} / {theirs})</translation>
    </message>
    <message>
        <source>Two slots share an id or a user name.</source>
        <translation>Deux emplacements partagent un id ou un nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Typo in the code.</source>
        <translation>Faute de frappe dans le code.</translation>
    </message>
    <message>
        <source>Unexpected character.</source>
        <translation>Caractère inattendu.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Unknown need domain(s): {domains}.</source>
        <translation>Domaine(s) de besoin inconnu(s) : {domains}.</translation>
    </message>
    <message>
        <source>Unknown slot kind {kind!r}.</source>
        <translation>Type d&apos;emplacement inconnu {kind!r}.</translation>
    </message>
    <message>
        <source>Unknown status &apos;{status}&apos;; expected one of {expected}</source>
        <translation>Statut inconnu &apos;{status}&apos; ; l&apos;un de ceux-ci était attendu : {expected}</translation>
    </message>
    <message>
        <source>Unknown.</source>
        <translation>Inconnu.</translation>
    </message>
    <message>
        <source>Unsupported database URL {scheme!r}: use sqlite:///PATH or postgresql+psycopg://USER@HOST/DB.</source>
        <translation>URL de base de données non prise en charge {scheme!r} : utilisez sqlite:///CHEMIN ou postgresql+psycopg://UTILISATEUR@HÔTE/BD.</translation>
    </message>
    <message>
        <source>Unsupported vault format version {version!r}.</source>
        <translation>Version de format de coffre non prise en charge {version!r}.</translation>
    </message>
    <message>
        <source>Upgrading the store failed at step {name}: {exc}. The store was left at version {version}; nothing was lost.</source>
        <translation>La mise à niveau des données a échoué à l&apos;étape {name} : {exc}. Les données sont restées à la version {version} ; rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>User {label!r} already has a key slot; reset their passphrase instead.</source>
        <translation>L&apos;utilisateur {label!r} a déjà un emplacement de clé ; réinitialisez plutôt sa phrase secrète.</translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation>Très forte.</translation>
    </message>
    <message>
        <source>Very weak: easy to guess. Use four or more unrelated words.</source>
        <translation>Très faible : facile à deviner. Utilisez quatre mots sans rapport entre eux ou plus.</translation>
    </message>
    <message>
        <source>Waiting for another laptop of the agency to share the current agency key; sync that laptop, then try again.</source>
        <translation>En attente qu&apos;un autre ordinateur de l&apos;organisme partage la clé actuelle de l&apos;organisme ; synchronisez cet ordinateur, puis réessayez.</translation>
    </message>
    <message>
        <source>Weak: add a few more words or characters.</source>
        <translation>Faible : ajoutez quelques mots ou caractères de plus.</translation>
    </message>
    <message>
        <source>Wrong length.</source>
        <translation>Longueur incorrecte.</translation>
    </message>
    <message>
        <source>Year of birth off by one ({mine} / {theirs})</source>
        <translation>L&apos;année de naissance diffère d&apos;un an ({mine} / {theirs})</translation>
    </message>
    <message>
        <source>You cannot remove your own admin role; ask another admin.</source>
        <translation>Vous ne pouvez pas retirer votre propre rôle d&apos;administrateur ; demandez à un autre administrateur.</translation>
    </message>
    <message>
        <source>You cannot remove yourself; ask another admin.</source>
        <translation>Vous ne pouvez pas vous retirer vous-même ; demandez à un autre administrateur.</translation>
    </message>
    <message>
        <source>a display item cannot be required or repeat; that is ignored.</source>
        <translation>un élément display ne peut être ni obligatoire ni répété&#xa0;; ce réglage est ignoré.</translation>
    </message>
    <message>
        <source>a display item cannot hold other items.</source>
        <translation>un élément display ne peut pas contenir d’autres éléments.</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>a recipient has an unknown suite</source>
        <translation>un destinataire a une suite cryptographique inconnue</translation>
    </message>
    <message>
        <source>a recipient is listed twice</source>
        <translation>un destinataire figure deux fois</translation>
    </message>
    <message>
        <source>a recipient is malformed</source>
        <translation>un destinataire est mal formé</translation>
    </message>
    <message>
        <source>a {type} item takes {keys} or {last}, not {key} ({value}).</source>
        <translation>une question de type {type} accepte {keys} ou {last}, pas {key} ({value}).</translation>
    </message>
    <message>
        <source>a {type} item takes {keys}, not {key} ({value}).</source>
        <translation>une question de type {type} accepte {keys}, pas {key} ({value}).</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>add attachments</source>
        <translation>ajouter des pièces jointes</translation>
    </message>
    <message>
        <source>agency key</source>
        <translation>clés de l&apos;organisme</translation>
    </message>
    <message>
        <source>an answer&apos;s coding has no code.</source>
        <translation>le coding d’une réponse n’a pas de code.</translation>
    </message>
    <message>
        <source>an answerOption is not a JSON object.</source>
        <translation>un answerOption n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>an answerOption needs exactly one value.</source>
        <translation>un answerOption doit avoir exactement une valeur.</translation>
    </message>
    <message>
        <source>an enableWhen needs a question and one of the operators exists = != &gt; &lt; &gt;= &lt;=.</source>
        <translation>un enableWhen doit avoir une question et l’un des opérateurs exists = != &gt; &lt; &gt;= &lt;=.</translation>
    </message>
    <message>
        <source>an enableWhen needs exactly one answer value.</source>
        <translation>un enableWhen doit avoir exactement une valeur de réponse.</translation>
    </message>
    <message>
        <source>an extension has no url.</source>
        <translation>une extension n’a pas d’url.</translation>
    </message>
    <message>
        <source>an initial value does not fit a {type} item.</source>
        <translation>une valeur initiale ne convient pas à une question de type {type}.</translation>
    </message>
    <message>
        <source>an item has either answerOption or answerValueSet, not both.</source>
        <translation>une question a soit answerOption, soit answerValueSet, mais pas les deux.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>answer lists on a {type} item are not supported (only on choice and open-choice).</source>
        <translation>les listes de réponses ne sont pas prises en charge sur une question de type {type} (seulement sur choice et open-choice).</translation>
    </message>
    <message>
        <source>answer referrals</source>
        <translation>répondre à des orientations</translation>
    </message>
    <message>
        <source>answerExpression (computed answer lists)</source>
        <translation>answerExpression (listes de réponses calculées)</translation>
    </message>
    <message>
        <source>answerOption is not a list.</source>
        <translation>answerOption n’est pas une liste.</translation>
    </message>
    <message>
        <source>answerOption {key} is not supported (only {keys}).</source>
        <translation>answerOption {key} n’est pas pris en charge (seulement {keys}).</translation>
    </message>
    <message>
        <source>answerOptionsToggleExpression</source>
        <translation>answerOptionsToggleExpression</translation>
    </message>
    <message>
        <source>assign cases</source>
        <translation>attribuer des dossiers</translation>
    </message>
    <message>
        <source>candidateExpression</source>
        <translation>candidateExpression</translation>
    </message>
    <message>
        <source>change cases</source>
        <translation>modifier des dossiers</translation>
    </message>
    <message>
        <source>change client records</source>
        <translation>modifier des fiches d&apos;usagers</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>modifier les paramètres</translation>
    </message>
    <message>
        <source>change the partner directory</source>
        <translation>modifier le répertoire des partenaires</translation>
    </message>
    <message>
        <source>close cases</source>
        <translation>clôturer des dossiers</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturé</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>colonne {column}</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>constraints</source>
        <translation>les contraintes</translation>
    </message>
    <message>
        <source>contextExpression</source>
        <translation>contextExpression</translation>
    </message>
    <message>
        <source>created is not a timestamp</source>
        <translation>created n&apos;est pas un horodatage</translation>
    </message>
    <message>
        <source>datapackage.json lists {listed}, but the file is missing</source>
        <translation>datapackage.json mentionne {listed}, mais le fichier est absent</translation>
    </message>
    <message>
        <source>datapackage.json must be an object with a &apos;resources&apos; list</source>
        <translation>datapackage.json doit être un objet avec une liste &apos;resources&apos;</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>device keys</source>
        <translation>clés d&apos;appareil</translation>
    </message>
    <message>
        <source>enableBehavior must be &apos;any&apos; or &apos;all&apos;, not {behavior}.</source>
        <translation>enableBehavior doit être &apos;any&apos; ou &apos;all&apos;, pas {behavior}.</translation>
    </message>
    <message>
        <source>enableWhen conditions go round in a circle ({loop}): none of them can ever be answered first.</source>
        <translation>les conditions enableWhen forment une boucle ({loop})&#xa0;: on ne peut jamais répondre en premier à aucune de ces questions.</translation>
    </message>
    <message>
        <source>enableWhen is not a list.</source>
        <translation>enableWhen n’est pas une liste.</translation>
    </message>
    <message>
        <source>enableWhen names the item {question}, which the form does not have.</source>
        <translation>enableWhen désigne l’élément {question}, qui n’existe pas dans le formulaire.</translation>
    </message>
    <message>
        <source>enableWhen names {question}, a {type} item that takes no answer.</source>
        <translation>enableWhen désigne {question}, un élément de type {type} qui n’accepte pas de réponse.</translation>
    </message>
    <message>
        <source>enableWhen {key} is not supported.</source>
        <translation>enableWhen {key} n’est pas pris en charge.</translation>
    </message>
    <message>
        <source>enrol this laptop with the hub</source>
        <translation>inscrire cet ordinateur auprès du serveur central</translation>
    </message>
    <message>
        <source>export reports</source>
        <translation>exporter des rapports</translation>
    </message>
    <message>
        <source>file {file}</source>
        <translation>fichier {file}</translation>
    </message>
    <message>
        <source>fill in forms</source>
        <translation>remplir des formulaires</translation>
    </message>
    <message>
        <source>given</source>
        <translation>donné</translation>
    </message>
    <message>
        <source>import clients from a spreadsheet</source>
        <translation>importer des clients depuis un tableur</translation>
    </message>
    <message>
        <source>import or retire forms</source>
        <translation>importer ou retirer des formulaires</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>initial values belong on questions, as a list.</source>
        <translation>les valeurs initiales se placent sur les questions, sous forme de liste.</translation>
    </message>
    <message>
        <source>initialExpression (pre-population)</source>
        <translation>initialExpression (préremplissage)</translation>
    </message>
    <message>
        <source>it built a collection of more than {limit} items</source>
        <translation>elle a produit une collection de plus de {limit} éléments</translation>
    </message>
    <message>
        <source>it evaluated more than {limit} steps</source>
        <translation>elle a exécuté plus de {limit} étapes</translation>
    </message>
    <message>
        <source>it ran longer than {seconds} s</source>
        <translation>elle a duré plus de {seconds} s</translation>
    </message>
    <message>
        <source>it recursed too deeply</source>
        <translation>sa récursion était trop profonde</translation>
    </message>
    <message>
        <source>itemPopulationContext (pre-population)</source>
        <translation>itemPopulationContext (préremplissage)</translation>
    </message>
    <message>
        <source>launchContext (pre-population)</source>
        <translation>launchContext (préremplissage)</translation>
    </message>
    <message>
        <source>location</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>make or restore backups</source>
        <translation>faire ou restaurer des sauvegardes</translation>
    </message>
    <message>
        <source>manage tasks</source>
        <translation>gérer des tâches</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>gérer des utilisateurs</translation>
    </message>
    <message>
        <source>maxLength has no meaning on a {type} item; it is ignored.</source>
        <translation>maxLength n’a pas de sens sur une question de type {type}&#xa0;; il est ignoré.</translation>
    </message>
    <message>
        <source>maxLength must be a positive whole number.</source>
        <translation>maxLength doit être un nombre entier positif.</translation>
    </message>
    <message>
        <source>maxOccurs</source>
        <translation>maxOccurs</translation>
    </message>
    <message>
        <source>met</source>
        <translation>satisfait</translation>
    </message>
    <message>
        <source>minOccurs above 1 is not supported.</source>
        <translation>minOccurs supérieur à 1 n’est pas pris en charge.</translation>
    </message>
    <message>
        <source>modifier extensions change the item&apos;s meaning in ways CollabDesk cannot check.</source>
        <translation>les extensions modificatrices changent le sens de l’élément d’une manière que CollabDesk ne peut pas vérifier.</translation>
    </message>
    <message>
        <source>modular forms</source>
        <translation>les formulaires modulaires</translation>
    </message>
    <message>
        <source>nonce is not 12 bytes of base64</source>
        <translation>nonce n&apos;est pas 12 octets en base64</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>open cases</source>
        <translation>ouvrir des dossiers</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>read sensitive notes</source>
        <translation>lire des notes confidentielles</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>lire le journal d&apos;audit</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçue</translation>
    </message>
    <message>
        <source>record consent</source>
        <translation>enregistrer des consentements</translation>
    </message>
    <message>
        <source>reference answers</source>
        <translation>les réponses de type référence</translation>
    </message>
    <message>
        <source>register clients</source>
        <translation>enregistrer des usagers</translation>
    </message>
    <message>
        <source>resolve conflicting edits</source>
        <translation>résoudre des modifications en conflit</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>ligne {row}</translation>
    </message>
    <message>
        <source>see cases</source>
        <translation>voir des dossiers</translation>
    </message>
    <message>
        <source>see client records</source>
        <translation>voir des fiches d&apos;usagers</translation>
    </message>
    <message>
        <source>see every case of the agency</source>
        <translation>voir tous les dossiers de l&apos;organisme</translation>
    </message>
    <message>
        <source>see forms and their answers</source>
        <translation>voir les formulaires et leurs réponses</translation>
    </message>
    <message>
        <source>see referrals</source>
        <translation>voir des orientations</translation>
    </message>
    <message>
        <source>see reports</source>
        <translation>voir des rapports</translation>
    </message>
    <message>
        <source>see the partner directory</source>
        <translation>voir le répertoire des partenaires</translation>
    </message>
    <message>
        <source>send referrals</source>
        <translation>envoyer des orientations</translation>
    </message>
    <message>
        <source>sender is not a device id</source>
        <translation>sender n&apos;est pas un id d&apos;appareil</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>service started</source>
        <translation>service commencé</translation>
    </message>
    <message>
        <source>sourceQueries (pre-population)</source>
        <translation>sourceQueries (préremplissage)</translation>
    </message>
    <message>
        <source>sub-questionnaires (modular forms)</source>
        <translation>les sous-questionnaires (formulaires modulaires)</translation>
    </message>
    <message>
        <source>submit reports to the hub</source>
        <translation>envoyer des rapports au serveur central</translation>
    </message>
    <message>
        <source>sync with the hub</source>
        <translation>se synchroniser avec le serveur central</translation>
    </message>
    <message>
        <source>taxonomy term</source>
        <translation>terme de taxonomie</translation>
    </message>
    <message>
        <source>the answer has no single value.</source>
        <translation>la réponse n’a pas exactement une valeur.</translation>
    </message>
    <message>
        <source>the answer is above the most allowed, {limit}.</source>
        <translation>la réponse dépasse le maximum autorisé ({limit}).</translation>
    </message>
    <message>
        <source>the answer is below the least allowed, {limit}.</source>
        <translation>la réponse est inférieure au minimum autorisé ({limit}).</translation>
    </message>
    <message>
        <source>the answer is longer than {limit} characters.</source>
        <translation>la réponse dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>the answer is not a FHIR answer element.</source>
        <translation>la réponse n’est pas un élément answer FHIR.</translation>
    </message>
    <message>
        <source>the answer list #{ref} is not contained in the form.</source>
        <translation>la liste de réponses #{ref} n’est pas contenue dans le formulaire.</translation>
    </message>
    <message>
        <source>the answer list #{ref} lists no concepts.</source>
        <translation>la liste de réponses #{ref} ne contient aucun concept.</translation>
    </message>
    <message>
        <source>the answer list #{ref} uses filters or other value sets; list its concepts instead.</source>
        <translation>la liste de réponses #{ref} utilise des filtres ou d’autres jeux de valeurs&#xa0;; listez plutôt ses concepts.</translation>
    </message>
    <message>
        <source>the answer list {ref} is not inside the form and cannot be read offline; the answer is typed as a code.</source>
        <translation>la liste de réponses {ref} n’est pas dans le formulaire et ne peut pas être lue hors ligne&#xa0;; la réponse est saisie sous forme de code.</translation>
    </message>
    <message>
        <source>the attachment is larger than {limit} kB; attach it to the case instead.</source>
        <translation>la pièce jointe dépasse {limit} Ko&#xa0;; joignez-la plutôt au dossier.</translation>
    </message>
    <message>
        <source>the choice item lists no answers; the answer is typed.</source>
        <translation>la question de type choice ne propose aucune réponse&#xa0;; la réponse est saisie librement.</translation>
    </message>
    <message>
        <source>the extension {url} is not known to CollabDesk; it is ignored.</source>
        <translation>l’extension {url} est inconnue de CollabDesk&#xa0;; elle est ignorée.</translation>
    </message>
    <message>
        <source>the extension {url} only changes presentation or serves data extraction; it is ignored.</source>
        <translation>l’extension {url} ne concerne que la présentation ou l’extraction de données&#xa0;; elle est ignorée.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <source>the form has no such item.</source>
        <translation>le formulaire ne contient pas cet élément.</translation>
    </message>
    <message>
        <source>the group holds no items.</source>
        <translation>le groupe ne contient aucun élément.</translation>
    </message>
    <message>
        <source>the item control {control} is not supported; the item is shown with the usual control for its type.</source>
        <translation>le contrôle d’élément {control} n’est pas pris en charge&#xa0;; l’élément est affiché avec le contrôle habituel de son type.</translation>
    </message>
    <message>
        <source>the item has more than one calculatedExpression.</source>
        <translation>l’élément a plus d’une calculatedExpression.</translation>
    </message>
    <message>
        <source>the same calculatedExpression is given twice; it is used once.</source>
        <translation>la même calculatedExpression figure deux fois&#xa0;; elle n’est utilisée qu’une fois.</translation>
    </message>
    <message>
        <source>the stored form</source>
        <translation>le formulaire enregistré</translation>
    </message>
    <message>
        <source>there must be 1 to {most} recipients</source>
        <translation>il faut de 1 à {most} destinataires</translation>
    </message>
    <message>
        <source>unexpected or missing fields</source>
        <translation>champs inattendus ou manquants</translation>
    </message>
    <message>
        <source>unknown kind</source>
        <translation>type inconnu</translation>
    </message>
    <message>
        <source>unmet</source>
        <translation>non satisfait</translation>
    </message>
    <message>
        <source>unsupported version</source>
        <translation>version non prise en charge</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>write notes</source>
        <translation>écrire des notes</translation>
    </message>
    <message>
        <source>{base_url!r} is not a hub address; give it as https://host[:port] (or http:// on a closed network).</source>
        <translation>{base_url!r} n&apos;est pas une adresse de serveur central ; écrivez-la sous la forme https://hôte[:port] (ou http:// sur un réseau fermé).</translation>
    </message>
    <message>
        <source>{count} of this import&apos;s records were edited or used since it was made, so it can no longer be undone as a whole; change those records one by one instead.</source>
        <translation>{count} fiches de cette importation ont été modifiées ou utilisées depuis ; elle ne peut donc plus être annulée en entier. Modifiez ces fiches une par une.</translation>
    </message>
    <message>
        <source>{count} rows have errors; fix them in the file, or skip them to import the rest.</source>
        <translation>{count} lignes contiennent des erreurs ; corrigez-les dans le fichier, ou ignorez-les pour importer le reste.</translation>
    </message>
    <message>
        <source>{data_dir} already holds a CollabDesk store.</source>
        <translation>{data_dir} contient déjà des données CollabDesk.</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>{display_name} can no longer sign in here.</source>
        <translation>{display_name} ne peut plus se connecter ici.</translation>
    </message>
    <message>
        <source>{display_name} was removed and cannot sign in.</source>
        <translation>{display_name} a été retiré·e et ne peut pas se connecter.</translation>
    </message>
    <message>
        <source>{form} is already here with other content. Give the changed form a new version.</source>
        <translation>{form} existe déjà ici avec un autre contenu. Donnez une nouvelle version au formulaire modifié.</translation>
    </message>
    <message>
        <source>{form} is retired: it takes no new responses.</source>
        <translation>{form} est retiré&#xa0;: il n’accepte plus de nouvelles réponses.</translation>
    </message>
    <message>
        <source>{key} is not an agency id</source>
        <translation>{key} n&apos;est pas un id d&apos;organisme</translation>
    </message>
    <message>
        <source>{key} {value} is not a valid value of that type.</source>
        <translation>{key} {value} n’est pas une valeur valide pour ce type.</translation>
    </message>
    <message>
        <source>{month!r} is not a month; write it as YYYY-MM, e.g. 2026-10.</source>
        <translation>{month!r} n&apos;est pas un mois ; écrivez-le sous la forme AAAA-MM, p. ex. 2026-10.</translation>
    </message>
    <message>
        <source>{name!r} cannot be shared.</source>
        <translation>{name!r} ne peut pas être partagé.</translation>
    </message>
    <message>
        <source>{name!r} is not a usable operator name: use 1-55 letters, digits and . _ @ -, starting with a letter or digit.</source>
        <translation>{name!r} n&apos;est pas un nom d&apos;opérateur utilisable : utilisez de 1 à 55 lettres, chiffres et . _ @ -, en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>{name} cannot be read ({error}).</source>
        <translation>Impossible de lire {name} ({error}).</translation>
    </message>
    <message>
        <source>{name} cannot be read ({strerror}).</source>
        <translation>Impossible de lire {name} ({strerror}).</translation>
    </message>
    <message>
        <source>{name} changed while it was being checked; try again.</source>
        <translation>{name} a changé pendant la vérification ; réessayez.</translation>
    </message>
    <message>
        <source>{name} has a malformed envelope frame.</source>
        <translation>{name} a un cadre d&apos;enveloppe mal formé.</translation>
    </message>
    <message>
        <source>{name} has a malformed header.</source>
        <translation>{name} a un en-tête mal formé.</translation>
    </message>
    <message>
        <source>{name} holds a different number of envelopes than it says.</source>
        <translation>{name} contient un nombre d&apos;enveloppes différent de celui annoncé.</translation>
    </message>
    <message>
        <source>{name} is cut short; copy it again.</source>
        <translation>{name} est tronqué ; copiez-le à nouveau.</translation>
    </message>
    <message>
        <source>{name} is damaged: its header cannot be read. Use another backup.</source>
        <translation>{name} est endommagé&#xa0;: son en-tête est illisible. Utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>{name} is incomplete or damaged ({size} bytes, expected {expected}). Use another backup.</source>
        <translation>{name} est incomplet ou endommagé ({size} octets au lieu de {expected}). Utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>{name} must be true or false.</source>
        <translation>{name} doit être true ou false.</translation>
    </message>
    <message>
        <source>{name} is damaged (header too large).</source>
        <translation type="vanished">{name} est endommagé (en-tête trop grand).</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete (its checksum does not match); copy it again from the other laptop.</source>
        <translation>{name} est endommagé ou incomplet (sa somme de contrôle ne correspond pas) ; copiez-le à nouveau depuis l&apos;autre ordinateur.</translation>
    </message>
    <message>
        <source>{name} is incomplete or damaged ({size} bytes, expected {expected}).</source>
        <translation type="vanished">{name} est incomplet ou endommagé ({size} octets ; {expected} attendus).</translation>
    </message>
    <message>
        <source>{name} is larger than a bundle can be.</source>
        <translation>{name} est plus grand qu&apos;un paquet ne peut l&apos;être.</translation>
    </message>
    <message>
        <source>{name} is not a CollabDesk backup.</source>
        <translation>{name} n&apos;est pas une sauvegarde CollabDesk.</translation>
    </message>
    <message>
        <source>{name} is not a CollabDesk sync bundle.</source>
        <translation>{name} n&apos;est pas un paquet de synchronisation CollabDesk.</translation>
    </message>
    <message>
        <source>{name} is not a readable CollabDesk backup ({exc}).</source>
        <translation type="vanished">{name} n&apos;est pas une sauvegarde CollabDesk lisible ({exc}).</translation>
    </message>
    <message>
        <source>{name} was altered or damaged; it cannot be trusted.</source>
        <translation>{name} a été modifié ou est endommagé ; on ne peut pas s&apos;y fier.</translation>
    </message>
    <message>
        <source>{name} was written by a newer CollabDesk; update this one.</source>
        <translation>{name} a été écrit par une version plus récente de CollabDesk ; mettez celle-ci à jour.</translation>
    </message>
    <message>
        <source>{problem} ({where})</source>
        <translation>{problem} ({where})</translation>
    </message>
    <message>
        <source>{problem} Nothing was changed. Restore the store from a backup (&apos;collabdesk restore FILE&apos;), or move this data folder aside and set the laptop up again to fetch the agency&apos;s records from the hub (see the IT guide).</source>
        <translation>{problem} Rien n’a été modifié. Restaurez les données à partir d’une sauvegarde (&apos;collabdesk restore FILE&apos;), ou mettez ce répertoire de données de côté et configurez de nouveau l’ordinateur pour récupérer les données de l’organisme depuis le serveur central (voir le guide informatique).</translation>
    </message>
    <message>
        <source>{problem} at {path}</source>
        <translation>{problem} à {path}</translation>
    </message>
    <message>
        <source>{source} holds no FHIR resource.</source>
        <translation>{source} ne contient aucune ressource FHIR.</translation>
    </message>
    <message>
        <source>{source} is a JSON document without a resourceType, not a FHIR Questionnaire.</source>
        <translation>{source} est un document JSON sans resourceType, pas un Questionnaire FHIR.</translation>
    </message>
    <message>
        <source>{source} is a {kind}, not a FHIR Questionnaire.</source>
        <translation>{source} est une ressource {kind}, pas un Questionnaire FHIR.</translation>
    </message>
    <message>
        <source>{source} is not UTF-8 text.</source>
        <translation>{source} n’est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>{source} is not valid JSON ({error} at line {line}, column {column}).</source>
        <translation>{source} n’est pas du JSON valide ({error} à la ligne {line}, colonne {column}).</translation>
    </message>
    <message>
        <source>{source} is {megabytes} MB; a form may be at most {limit} MB.</source>
        <translation>{source} fait {megabytes} Mo&#xa0;; un formulaire peut faire au plus {limit} Mo.</translation>
    </message>
    <message>
        <source>{target} already exists.</source>
        <translation>{target} existe déjà.</translation>
    </message>
    <message>
        <source>{url} has no value.</source>
        <translation>{url} n’a pas de valeur.</translation>
    </message>
    <message>
        <source>{url} is not a number.</source>
        <translation>{url} n’est pas un nombre.</translation>
    </message>
    <message>
        <source>{user} is not allowed to {what}. Ask a supervisor or administrator.</source>
        <translation>{user} n&apos;est pas autorisé·e à {what}. Demandez à un superviseur ou à un administrateur.</translation>
    </message>
    <message>
        <source>{value!r} is not a valid {key}.</source>
        <translation>{value!r} n&apos;est pas une valeur valide pour {key}.</translation>
    </message>
    <message>
        <source>{value} is not one of the item&apos;s answers.</source>
        <translation>{value} ne fait pas partie des réponses de la question.</translation>
    </message>
    <message>
        <source>{version!r} is not a version number; give it like 0.2.0.</source>
        <translation>{version!r} n&apos;est pas un numéro de version ; écrivez-le comme 0.2.0.</translation>
    </message>
    <message>
        <source>{where} has two {kind}s with the same label.</source>
        <translation>{where} a deux éléments de type {kind} avec la même étiquette.</translation>
    </message>
    <message>
        <source>{where} has {labels} row labels but {rows} rows.</source>
        <translation>{where} a {labels} étiquettes de ligne mais {rows} lignes.</translation>
    </message>
    <message>
        <source>{where} needs at least one row and one column.</source>
        <translation>{where} doit avoir au moins une ligne et une colonne.</translation>
    </message>
    <message>
        <source>{where}: row {label!r} has {counts} counts, expected {expected}.</source>
        <translation>{where} : la ligne {label!r} a {counts} comptes ; {expected} attendus.</translation>
    </message>
    <message>
        <source>{where}: row {label!r} holds {value!r}; counts must be whole numbers of 0 or more.</source>
        <translation>{where} : la ligne {label!r} contient {value!r} ; les comptes doivent être des nombres entiers de 0 ou plus.</translation>
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
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <extracomment>the strength score (0-4, see vault.passphrase_strength) a new passphrase needs</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>You have changes that are not saved: {what}. Save them before you go on?</source>
        <translation>Vous avez des modifications non enregistrées&#xa0;: {what}. Les enregistrer avant de continuer&#xa0;?</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Très forte</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Répétez la phrase de passe</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase de passe</translation>
    </message>
    <message>
        <source>Passphrase advice</source>
        <translation>Conseils pour la phrase de passe</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Afficher la phrase de passe</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Nouvelle phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Répétez-la&#xa0;:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Robustesse&#xa0;:</translation>
    </message>
    <message>
        <source>Use four or more unrelated words; a sentence you will remember works well.</source>
        <translation>Utilisez au moins quatre mots sans rapport entre eux&#xa0;; une phrase dont vous vous souviendrez convient bien.</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Les deux phrases de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>A stronger passphrase is required.</source>
        <translation>Une phrase de passe plus robuste est nécessaire.</translation>
    </message>
    <message>
        <source>Type it again to confirm.</source>
        <translation>Saisissez-la de nouveau pour confirmer.</translation>
    </message>
    <message>
        <source>This recovery code unlocks the agency&apos;s data if every passphrase is forgotten. It is shown only now. Print it or save it to a USB stick, and keep it locked away — anyone with it can open the store.</source>
        <translation>Ce code de récupération déverrouille les données de l’organisme si toutes les phrases de passe sont oubliées. Il n’est affiché que maintenant. Imprimez-le ou enregistrez-le sur une clé USB, et gardez-le sous clé — toute personne qui le détient peut ouvrir la base de données.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Imprimer le code de récupération</translation>
    </message>
    <message>
        <source>Save as file…</source>
        <translation>Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <source>Save the recovery code as a file</source>
        <translation>Enregistrer le code de récupération dans un fichier</translation>
    </message>
    <message>
        <source>Recovery code status</source>
        <translation>État du code de récupération</translation>
    </message>
    <message>
        <source>I have stored the recovery code safely</source>
        <translation>J’ai rangé le code de récupération en lieu sûr</translation>
    </message>
    <message>
        <source>CollabDesk recovery code</source>
        <translation>Code de récupération CollabDesk</translation>
    </message>
    <message>
        <source>Agency: {name}</source>
        <translation>Organisme&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Keep this paper locked away. Anyone holding it can open the agency&apos;s store on this laptop.</source>
        <translation>Gardez ce papier sous clé. Toute personne qui le détient peut ouvrir la base de données de l’organisme sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Print recovery code</source>
        <translation>Imprimer le code de récupération</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>Save recovery code</source>
        <translation>Enregistrer le code de récupération</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>The file could not be written: {error}</source>
        <translation>Le fichier n’a pas pu être écrit&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Saved to {path}. Move it to a USB stick kept somewhere safe, and delete it from this laptop.</source>
        <translation>Enregistré dans {path}. Déplacez-le sur une clé USB rangée en lieu sûr, puis supprimez-le de cet ordinateur.</translation>
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
    <message>
        <source>&amp;Need:</source>
        <translation>&amp;Besoin :</translation>
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
    <name>Help</name>
    <message>
        <source>Your cases: the clients you work with, overdue work first. Type in the filter box to narrow the list; choose which statuses to show on the right.</source>
        <extracomment>section key → (what the page is for, keys that work on it); untranslated (context &quot;Help&quot;)</extracomment>
        <translation>Vos dossiers&#xa0;: les usagers que vous suivez, le travail en retard d’abord. Tapez dans la zone de filtre pour réduire la liste&#xa0;; choisissez à droite les statuts à afficher.</translation>
    </message>
    <message>
        <source>Arrows: move · Enter: open the case · Esc in the filter: clear it</source>
        <translation>Flèches&#xa0;: se déplacer · Enter&#xa0;: ouvrir le dossier · Esc dans le filtre&#xa0;: l’effacer</translation>
    </message>
    <message>
        <source>Every case of the agency, for supervisors: who works on what, and which cases have overdue tasks.</source>
        <translation>Tous les dossiers de l’organisme, pour les superviseurs&#xa0;: qui travaille sur quoi, et quels dossiers ont des tâches en retard.</translation>
    </message>
    <message>
        <source>Find a client by name, phone number or date of birth — misspelt names are found too — and see their cases. Register a new client with New intake: it warns you about a likely duplicate before anything is saved.</source>
        <translation>Trouvez un usager par son nom, son numéro de téléphone ou sa date de naissance — même si le nom est mal orthographié — et consultez ses dossiers. Inscrivez un nouvel usager avec Nouvel accueil&#xa0;: un doublon probable vous est signalé avant tout enregistrement.</translation>
    </message>
    <message>
        <source>Ctrl+N: new intake · Enter in the results: go to the client&apos;s cases · Enter on a case: open it</source>
        <translation>Ctrl+N&#xa0;: nouvel accueil · Enter dans les résultats&#xa0;: aller aux dossiers de l’usager · Enter sur un dossier&#xa0;: l’ouvrir</translation>
    </message>
    <message>
        <source>Referrals from partners (Incoming) and to partners (Outgoing). New incoming referrals are in bold: accept or decline them. The State column says where each referral is: still on this laptop, at the hub, delivered, or answered by the partner.</source>
        <translation>Orientations reçues des partenaires (Reçues) et envoyées aux partenaires (Envoyées). Les nouvelles orientations reçues sont en gras&#xa0;: acceptez-les ou refusez-les. La colonne État indique où en est chaque orientation&#xa0;: encore sur cet ordinateur, sur le serveur central, remise, ou avec une réponse du partenaire.</translation>
    </message>
    <message>
        <source>Ctrl+Tab: other tab · Arrows: move · the buttons under the list act on the selected referral</source>
        <translation>Ctrl+Tab&#xa0;: autre onglet · Flèches&#xa0;: se déplacer · les boutons sous la liste agissent sur l’orientation sélectionnée</translation>
    </message>
    <message>
        <source>Follow-ups with a due date. Tick a task when it is done; Undo appears for a few seconds if you ticked the wrong one.</source>
        <translation>Suivis avec une échéance. Cochez une tâche quand elle est faite&#xa0;; si vous vous êtes trompé de tâche, Annuler apparaît pendant quelques secondes.</translation>
    </message>
    <message>
        <source>Space: tick the selected task · Ctrl+Z: undo · Enter: open the task&apos;s case</source>
        <translation>Space&#xa0;: cocher la tâche sélectionnée · Ctrl+Z&#xa0;: annuler · Enter&#xa0;: ouvrir le dossier de la tâche</translation>
    </message>
    <message>
        <source>The partner agencies and the services they offer, for finding where to refer a client. An administrator imports a directory file (Open Referral HSDS) or adds partners by hand.</source>
        <translation>Les organismes partenaires et leurs services, pour savoir vers qui orienter un usager. Un administrateur importe un fichier de répertoire (Open Referral HSDS) ou ajoute des partenaires à la main.</translation>
    </message>
    <message>
        <source>Type to search · Arrows: move · the pane on the right shows how to reach the selected service</source>
        <translation>Tapez pour rechercher · Flèches&#xa0;: se déplacer · le volet de droite indique comment joindre le service sélectionné</translation>
    </message>
    <message>
        <source>Records edited on two laptops at once. The newer version is shown meanwhile; here a supervisor picks the right one or types a merged value, so nothing is silently lost.</source>
        <translation>Enregistrements modifiés sur deux ordinateurs en même temps. En attendant, la version la plus récente est affichée&#xa0;; ici, un superviseur choisit la bonne ou saisit une valeur fusionnée, pour que rien ne se perde sans qu’on le sache.</translation>
    </message>
    <message>
        <source>Arrows: move · choose a version, then Resolve</source>
        <translation>Flèches&#xa0;: se déplacer · choisissez une version, puis Résoudre</translation>
    </message>
    <message>
        <source>The monthly summary for the network. Choose the month and Preview: what you see is exactly what an export or a submission holds, with small counts withheld.</source>
        <translation>Le bilan mensuel pour le réseau. Choisissez le mois, puis Aperçu&#xa0;: ce que vous voyez est exactement ce que contient un export ou une soumission, les petits effectifs étant masqués.</translation>
    </message>
    <message>
        <source>Tab: move between the period, Preview and the export buttons</source>
        <translation>Tab&#xa0;: passer de la période à Aperçu et aux boutons d’export</translation>
    </message>
    <message>
        <source>Users of this laptop, backups and the agency&apos;s settings. Passphrases belong to this laptop; roles apply on every laptop.</source>
        <translation>Utilisateurs de cet ordinateur, sauvegardes et paramètres de l’organisme. Les phrases de passe sont propres à cet ordinateur&#xa0;; les rôles s’appliquent sur tous les ordinateurs.</translation>
    </message>
    <message>
        <source>Ctrl+Tab: next tab · Enter on a user: edit</source>
        <translation>Ctrl+Tab&#xa0;: onglet suivant · Enter sur un utilisateur&#xa0;: le modifier</translation>
    </message>
    <message>
        <source>Connecting this laptop to the partner hub, approving the agency&apos;s other laptops, and offline bundles for places with no connection. Compare fingerprints by phone before approving.</source>
        <translation>Connexion de cet ordinateur au serveur central du réseau, approbation des autres ordinateurs de l’organisme, et lots hors ligne pour les lieux sans connexion. Comparez les empreintes par téléphone avant d’approuver.</translation>
    </message>
    <message>
        <source>F9: sync now</source>
        <translation>F9&#xa0;: synchroniser maintenant</translation>
    </message>
    <message>
        <source>One case: the client&apos;s profile, needs, services, notes, tasks, consent and referrals. Changes you type are kept if you leave or the laptop locks; you are asked before anything is lost.</source>
        <translation>Un dossier&#xa0;: la fiche de l’usager, ses besoins, services, notes, tâches, consentement et orientations. Ce que vous saisissez est conservé si vous quittez la page ou si l’ordinateur se verrouille&#xa0;; on vous demande avant de perdre quoi que ce soit.</translation>
    </message>
    <message>
        <source>Ctrl+Enter: add the note · Ctrl+Tab: next tab · Enter in a profile field: save the profile</source>
        <translation>Ctrl+Enter&#xa0;: ajouter la note · Ctrl+Tab&#xa0;: onglet suivant · Enter dans un champ de la fiche&#xa0;: enregistrer la fiche</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9: go to a section · Ctrl+F: find · F5: refresh · F9: sync now · Ctrl+L: lock · F1: this help</source>
        <translation>Ctrl+1 … Ctrl+9&#xa0;: aller à une section · Ctrl+F&#xa0;: rechercher · F5&#xa0;: actualiser · F9&#xa0;: synchroniser maintenant · Ctrl+L&#xa0;: verrouiller · F1&#xa0;: cette aide</translation>
    </message>
    <message>
        <source>Help: {page}</source>
        <translation>Aide&#xa0;: {page}</translation>
    </message>
    <message>
        <source>Keys on this page:</source>
        <translation>Raccourcis de cette page&#xa0;:</translation>
    </message>
    <message>
        <source>Keys everywhere:</source>
        <translation>Raccourcis dans toute l’application&#xa0;:</translation>
    </message>
    <message>
        <source>Full guides for workers, supervisors and IT volunteers:</source>
        <translation>Guides complets pour les intervenants, les superviseurs et les bénévoles informatiques&#xa0;:</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Texte d’aide</translation>
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
        <source>Services no longer listed (now inactive)</source>
        <translation>Services qui ne figurent plus (désormais inactifs)</translation>
    </message>
    <message>
        <source>No longer listed by the source, now inactive:</source>
        <translation>Ne figurent plus dans la source, désormais inactifs :</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="vanished">Avertissements</translation>
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
        <source>Edited after an undone import</source>
        <translation>Modifié après une importation annulée</translation>
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
    <message>
        <source>Applied</source>
        <translation>Appliqué</translation>
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
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
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
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Partner service</source>
        <translation>Service partenaire</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Defunct</source>
        <translation>Fermé définitivement</translation>
    </message>
    <message>
        <source>Temporarily closed</source>
        <translation>Fermé temporairement</translation>
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
        <source>&amp;Help for this page</source>
        <translation>&amp;Aide sur cette page</translation>
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
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>This laptop does not sync: it is not connected to a hub, or your role does not include syncing. An administrator connects it on the Network page.</source>
        <translation>Cet ordinateur ne se synchronise pas&#xa0;: il n’est pas connecté à un serveur central, ou votre rôle ne comprend pas la synchronisation. Un administrateur le connecte depuis la page Réseau.</translation>
    </message>
    <message>
        <source>The hub did not answer. This laptop keeps working offline and tries again by itself; nothing is lost.</source>
        <translation>Le serveur central n’a pas répondu. Cet ordinateur continue de fonctionner hors ligne et réessaie tout seul&#xa0;; rien n’est perdu.</translation>
    </message>
    <message>
        <source>This laptop is not connected to a hub yet. An administrator connects it on the Network page.</source>
        <translation>Cet ordinateur n’est pas encore connecté à un serveur central. Un administrateur le connecte depuis la page Réseau.</translation>
    </message>
    <message>
        <source>This laptop waits for an administrator on another laptop of the agency to approve it.</source>
        <translation>Cet ordinateur attend qu’un administrateur l’approuve depuis un autre ordinateur de l’organisme.</translation>
    </message>
    <message>
        <source>This laptop was removed from the agency&apos;s laptops and no longer syncs.</source>
        <translation>Cet ordinateur a été retiré des ordinateurs de l’organisme et ne se synchronise plus.</translation>
    </message>
    <message>
        <source>Sync did not complete: {reason}</source>
        <translation>La synchronisation n’a pas abouti&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
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
    <name>ReferralState</name>
    <message>
        <source>Not sent yet — on this laptop</source>
        <translation>Pas encore envoyée — sur cet ordinateur</translation>
    </message>
    <message>
        <source>Could not be delivered: {reason}</source>
        <translation>N’a pas pu être remise&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>raison inconnue</translation>
    </message>
    <message>
        <source>At the hub, not delivered yet</source>
        <translation>Sur le serveur central, pas encore remise</translation>
    </message>
    <message>
        <source>Received by the partner, not answered yet</source>
        <translation>Reçue par le partenaire, pas encore de réponse</translation>
    </message>
    <message>
        <source>Delivered, waiting for the partner</source>
        <translation>Remise, en attente du partenaire</translation>
    </message>
    <message>
        <source>New — waiting for your answer</source>
        <translation>Nouvelle — en attente de votre réponse</translation>
    </message>
    <message>
        <source>{status}: {reason}</source>
        <translation>{status}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{status} — the partner is not told yet</source>
        <translation>{status} — le partenaire n’est pas encore prévenu</translation>
    </message>
    <message>
        <source>{state} (overdue)</source>
        <translation>{state} (en retard)</translation>
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
        <source>State: {state}</source>
        <translation>État&#xa0;: {state}</translation>
    </message>
    <message>
        <source>Client: {name}</source>
        <translation>Usager&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation type="vanished">État : {status}</translation>
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
        <source>Preview first: an export or a submission holds exactly what the preview shows.</source>
        <translation>Commencez par l’aperçu&#xa0;: un export ou une soumission contient exactement ce que montre l’aperçu.</translation>
    </message>
    <message>
        <source>Choose the month, then Preview. Export and Submit become available once you have seen what will leave.</source>
        <translation>Choisissez le mois, puis Aperçu. Exporter et Soumettre deviennent disponibles une fois que vous avez vu ce qui sera envoyé.</translation>
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
        <source>Save the summary exactly as previewed.</source>
        <translation>Enregistrer le bilan tel qu’il apparaît dans l’aperçu.</translation>
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
        <source>Total</source>
        <translation>Total</translation>
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
        <extracomment>seconds the hub client waits for an answer before a round counts the hub as offline</extracomment>
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
    <message>
        <source>“{title}” is marked done.</source>
        <translation>La tâche «&#xa0;{title}&#xa0;» est marquée comme faite.</translation>
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
        <extracomment>what the store says a task changed (:class:`collabdesk.changes.Changes`) and the object that asked for the task (or None), once per task that changed anything, before that task&apos;s own callbacks run a CollabDeskError of an Op that had no failure callback (see collabdesk.ui.ops)</extracomment>
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
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>What was just done</source>
        <translation>Ce qui vient d’être fait</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo what was just done</source>
        <translation>Annuler ce qui vient d’être fait</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annuler (Ctrl+Z)</translation>
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
    <name>_FilePage</name>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Choisissez le tableur</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file with one client per row and the column names in its first row. Its first sheet is read; nothing is written until the last step.</source>
        <translation>Un fichier CSV ou Excel (.xlsx) avec un client par ligne et les noms des colonnes sur la première ligne. Sa première feuille est lue ; rien n’est enregistré avant la dernière étape.</translation>
    </message>
    <message>
        <source>Spreadsheet file</source>
        <translation>Fichier tableur</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Browse for the spreadsheet</source>
        <translation>Rechercher le tableur</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Tableurs (*.csv *.xlsx *.txt);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>_MappingPage</name>
    <message>
        <source>What each column holds</source>
        <translation>Ce que contient chaque colonne</translation>
    </message>
    <message>
        <source>Guessed from the column names; correct any that are wrong. Columns left at “Not imported” are ignored.</source>
        <translation>Déduit des noms des colonnes ; corrigez ce qui est faux. Les colonnes laissées à « Non importée » sont ignorées.</translation>
    </message>
    <message>
        <source>How the file was read</source>
        <translation>Comment le fichier a été lu</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importée</translation>
    </message>
    <message>
        <source>Column {n}</source>
        <translation>Colonne {n}</translation>
    </message>
    <message>
        <source>Field for column {column}</source>
        <translation>Champ de la colonne {column}</translation>
    </message>
    <message>
        <source>For example: {values}</source>
        <translation>Par exemple : {values}</translation>
    </message>
    <message>
        <source>{column} (e.g. {values})</source>
        <translation>{column} (p. ex. {values})</translation>
    </message>
</context>
<context>
    <name>_PreviewPage</name>
    <message>
        <source>Dry run: what the import will do</source>
        <translation>Essai : ce que fera l’importation</translation>
    </message>
    <message>
        <source>Nothing is written yet. Check the likely duplicates: merge fills only the empty fields of the client it names; create registers the row as a new client.</source>
        <translation>Rien n’est encore enregistré. Vérifiez les doublons probables : fusionner ne remplit que les champs vides du client indiqué ; créer inscrit la ligne comme nouveau client.</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Ce que fera l’importation</translation>
    </message>
    <message>
        <source>Which order are the dates in?</source>
        <translation>Dans quel ordre sont les dates ?</translation>
    </message>
    <message>
        <source>Day first (05/06/1980 is 5 June 1980)</source>
        <translation>Jour d’abord (05/06/1980 est le 5 juin 1980)</translation>
    </message>
    <message>
        <source>Month first (05/06/1980 is May 6, 1980)</source>
        <translation>Mois d’abord (05/06/1980 est le 6 mai 1980)</translation>
    </message>
    <message>
        <source>Dates are day first</source>
        <translation>Les dates commencent par le jour</translation>
    </message>
    <message>
        <source>Dates are month first</source>
        <translation>Les dates commencent par le mois</translation>
    </message>
    <message>
        <source>Use this order</source>
        <translation>Utiliser cet ordre</translation>
    </message>
    <message>
        <source>Use this date order</source>
        <translation>Utiliser cet ordre des dates</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Lignes affichées</translation>
    </message>
    <message>
        <source>Rows of the spreadsheet</source>
        <translation>Lignes du tableur</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Create the selected row as a new client</source>
        <translation>Créer la ligne sélectionnée comme nouveau client</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Merge the selected row into its match</source>
        <translation>Fusionner la ligne sélectionnée avec sa correspondance</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Skip the selected row</source>
        <translation>Ignorer la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>Stopped; nothing was written.</source>
        <translation>Arrêté ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Reading the spreadsheet…</source>
        <translation>Lecture du tableur…</translation>
    </message>
    <message>
        <source>{rows} rows: {create} new clients, {merge} merged into clients already here or earlier rows, {skip} skipped ({errors} with errors); {cases} open cases. {duplicates} rows look like someone already registered.</source>
        <translation>{rows} lignes : {create} nouveaux clients, {merge} fusionnés avec des clients déjà inscrits ou des lignes précédentes, {skip} ignorées ({errors} avec erreurs) ; {cases} dossiers ouverts. {duplicates} lignes semblent correspondre à une personne déjà inscrite.</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was written.</source>
        <translation>L’importation a été arrêtée ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Importing clients…</source>
        <translation>Importation des clients…</translation>
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
