<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Accept referral</source>
        <translation>Accepter l'orientation</translation>
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
        <translation>Rubriques d'administration</translation>
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
        <translation>Retirer l'utilisateur</translation>
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
        <translation>Retirer {name} ? Cette personne ne pourra plus se connecter sur aucun ordinateur de l'organisme. Son travail passé reste dans les dossiers.</translation>
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
        <source>Forms</source>
        <translation>Formulaires</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Network measures</source>
        <translation>Mesures du réseau</translation>
    </message>
    <message>
        <source>Client imports</source>
        <translation>Importations de clients</translation>
    </message>
    <message>
        <source>Make a new recovery code for this laptop? The old paper keeps working until you destroy it; the new code is shown only once.</source>
        <translation>Créer un nouveau code de récupération pour cet ordinateur ? L'ancien papier reste valable jusqu'à ce que vous le détruisiez ; le nouveau code n'est affiché qu'une fois.</translation>
    </message>
    <message>
        <source>Make a new code</source>
        <translation>Créer un nouveau code</translation>
    </message>
    <message>
        <source>A backup is one encrypted file: the store and its key slots. Keep copies off this laptop (a USB stick in a locked drawer). Restoring needs a passphrase or the recovery code that was valid when the backup was made.</source>
        <translation>Une sauvegarde est un seul fichier chiffré : les données et leurs clés d'accès. Gardez des copies hors de cet ordinateur (une clé USB dans un tiroir fermé à clé). Pour la restaurer, il faut une phrase secrète ou le code de récupération valables au moment de la sauvegarde.</translation>
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
        <source>This laptop's backups folder</source>
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
        <source>Back up into this laptop's backups folder</source>
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
        <translation>Connectez-vous comme au moment de la sauvegarde (laissez le nom d'utilisateur vide pour utiliser le code de récupération).</translation>
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
        <translation>Remplacer les données de cet ordinateur par la sauvegarde ? Les modifications faites depuis la sauvegarde qui n'ont pas atteint le serveur central seront perdues. Les fichiers actuels sont conservés dans le dossier des sauvegardes. Vous devrez vous reconnecter.</translation>
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
        <source>The laptop's language</source>
        <translation>La langue de l'ordinateur</translation>
    </message>
    <message>
        <source>Which cases workers see</source>
        <translation>Quels dossiers voient les intervenants</translation>
    </message>
    <message>
        <source>All cases of the agency</source>
        <translation>Tous les dossiers de l'organisme</translation>
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
        <source>The laptop's time zone</source>
        <translation>Le fuseau horaire de l'ordinateur</translation>
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
        <translation>L'administrateur ajoute les autres intervenants et fait les sauvegardes. Vous pourrez vous attribuer d'autres rôles plus tard.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d'utilisateur</translation>
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
        <translation>Un nom d'utilisateur compte de 2 à 40 lettres, chiffres, points, tirets ou tirets bas.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d'&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nom affiché :</translation>
    </message>
</context>
<context>
    <name>AgencyFieldsPanel</name>
    <message>
        <source>Agency fields</source>
        <translation>Champs de l’organisme</translation>
    </message>
    <message>
        <source>No agency fields recorded.</source>
        <translation>Aucun champ de l’organisme enregistré.</translation>
    </message>
    <message>
        <source>Edit: %1</source>
        <translation>Modifier : %1</translation>
    </message>
    <message>
        <source>Fill in: %1</source>
        <translation>Remplir : %1</translation>
    </message>
</context>
<context>
    <name>AgencyPage</name>
    <message>
        <source>Welcome to CollabDesk</source>
        <translation>Bienvenue dans CollabDesk</translation>
    </message>
    <message>
        <source>This laptop will keep your agency's cases in an encrypted store. First, what is the agency called?</source>
        <translation>Cet ordinateur conservera les dossiers de votre organisme dans une base chiffrée. D'abord, comment s'appelle l'organisme ?</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>Nom de l'organisme</translation>
    </message>
    <message>
        <source>&amp;Agency name:</source>
        <translation>Nom de l'&amp;organisme :</translation>
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
        <translation>Création de l'organisme de démonstration…</translation>
    </message>
    <message>
        <source>Making up a year of casework for a demo agency. This takes a moment.</source>
        <translation>Création d'une année de suivi de dossiers pour un organisme de démonstration. Cela prend un moment.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démonstration</translation>
    </message>
    <message>
        <source>The demo could not be built: {error}</source>
        <translation>La démonstration n'a pas pu être créée : {error}</translation>
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
    <name>CaseAttachmentsPanel</name>
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
        <source>“{name}” is no longer there: it was moved or deleted after it was chosen. Nothing was added.</source>
        <translation>« {name} » n'est plus là : il a été déplacé ou supprimé après avoir été choisi. Rien n'a été ajouté.</translation>
    </message>
    <message>
        <source>“{name}” cannot be read: you do not have permission to open it. Nothing was added.</source>
        <translation>Impossible de lire « {name} » : vous n'avez pas l'autorisation de l'ouvrir. Rien n'a été ajouté.</translation>
    </message>
    <message>
        <source>“{name}” is {size}; attachments can be at most {limit} MB. Nothing was added.</source>
        <translation>« {name} » fait {size} ; les pièces jointes peuvent faire au plus {limit} Mo. Rien n'a été ajouté.</translation>
    </message>
    <message>
        <source>“{name}” could not be read ({reason}). Nothing was added.</source>
        <translation>Impossible de lire « {name} » ({reason}). Rien n'a été ajouté.</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Ouvrir la pièce jointe</translation>
    </message>
    <message>
        <source>This kind of file cannot be shown here. Use “Save a copy…” to open it in another program; the copy is not encrypted.</source>
        <translation>Ce type de fichier ne peut pas être affiché ici. Utilisez « Enregistrer une copie… » pour l'ouvrir dans un autre programme ; la copie n'est pas chiffrée.</translation>
    </message>
    <message>
        <source>The copy could not be saved: {reason}.</source>
        <translation>La copie n'a pas pu être enregistrée : {reason}.</translation>
    </message>
    <message>
        <source>Saved a copy to {path}.</source>
        <translation>Copie enregistrée dans {path}.</translation>
    </message>
    <message>
        <source>Your role does not allow adding attachments.</source>
        <translation>Votre rôle ne permet pas d'ajouter des pièces jointes.</translation>
    </message>
</context>
<context>
    <name>CaseFormsPanel</name>
    <message>
        <source> (two versions: see Conflicts)</source>
        <translation> (deux versions : voir Conflits)</translation>
    </message>
    <message>
        <source>Form to start</source>
        <translation>Formulaire à commencer</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Form&amp;ulaire :</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Start the chosen form</source>
        <translation>Commencer le formulaire choisi</translation>
    </message>
    <message>
        <source>Responses on this case</source>
        <translation>Réponses de ce dossier</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvr&amp;ir</translation>
    </message>
    <message>
        <source>Open the selected response</source>
        <translation>Ouvrir la réponse sélectionnée</translation>
    </message>
    <message>
        <source>Latest scores</source>
        <translation>Derniers scores</translation>
    </message>
    <message>
        <source>No completed assessments yet.</source>
        <translation>Aucune évaluation terminée pour l’instant.</translation>
    </message>
    <message>
        <source>Suggested needs</source>
        <translation>Besoins suggérés</translation>
    </message>
    <message>
        <source>Conf&amp;irm need</source>
        <translation>Confirmer le be&amp;soin</translation>
    </message>
    <message>
        <source>Confirm the suggested need</source>
        <translation>Confirmer le besoin suggéré</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <source>Dismiss the suggestion</source>
        <translation>Écarter la suggestion</translation>
    </message>
    <message>
        <source>screening</source>
        <translation>dépistage</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <source>Latest score: %1</source>
        <translation>Dernier score : %1</translation>
    </message>
    <message>
        <source>Score trend: %1, %2</source>
        <translation>Évolution du score : %1, %2</translation>
    </message>
    <message>
        <source>This response is sensitive: only its author and supervisors can read it.</source>
        <translation>Cette réponse est confidentielle : seuls son auteur et les superviseurs peuvent la lire.</translation>
    </message>
    <message>
        <source>Choose a suggestion first.</source>
        <translation>Choisissez d’abord une suggestion.</translation>
    </message>
</context>
<context>
    <name>CaseNotesPanel</name>
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
        <translation>Rédigez une note (Ctrl+Entrée l'ajoute). Une note ajoutée ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>A note cannot be empty.</source>
        <translation>Une note ne peut pas être vide.</translation>
    </message>
    <message>
        <source>Sens&amp;itive (only supervisors and you can read it)</source>
        <translation>Conf&amp;identielle (seuls vous et les superviseurs pouvez la lire)</translation>
    </message>
    <message>
        <source>Sensitive note</source>
        <translation>Note confidentielle</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>Ajo&amp;uter la note</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
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
        <source>Save tit&amp;le</source>
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
        <translation>Changer l'&amp;état</translation>
    </message>
    <message>
        <source>Change the case status</source>
        <translation>Changer l'état du dossier</translation>
    </message>
    <message>
        <source>R&amp;eassign</source>
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
        <translation>Fiche de l'usager</translation>
    </message>
    <message>
        <source>Save &amp;profile</source>
        <translation>Enre&amp;gistrer la fiche</translation>
    </message>
    <message>
        <source>Save the client's profile</source>
        <translation>Enregistrer la fiche de l'usager</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Abandonner les &amp;modifications</translation>
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
        <source>Assessments and screenings</source>
        <translation>Évaluations et dépistages</translation>
    </message>
    <message>
        <source>Assess&amp;ments</source>
        <translation>Éva&amp;luations</translation>
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
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation>Tâch&amp;es</translation>
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
        <source>A&amp;ttachments</source>
        <translation>Pièces &amp;jointes</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
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
        <source>the client's profile</source>
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
        <source>the answers typed into a form</source>
        <translation>les réponses saisies dans un formulaire</translation>
    </message>
    <message>
        <source>Your unsaved changes from {when} were kept and are shown again: {what}. Save them, or discard them.</source>
        <translation>Vos modifications non enregistrées ({when}) ont été conservées et sont de nouveau affichées : {what}. Enregistrez-les ou abandonnez-les.</translation>
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
</context>
<context>
    <name>CaseReferralsPanel</name>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>History of the selected referral</source>
        <translation>Historique de l'orientation sélectionnée</translation>
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
        <translation>Aucun dossier ne correspond à ce filtre ; effacez-le (Esc) pour voir les {n} dossiers.</translation>
    </message>
    <message>
        <source>No cases are assigned to you. Cases you open, or that a supervisor assigns to you, appear here; find a client under Clients to open one.</source>
        <translation>Aucun dossier ne vous est attribué. Les dossiers que vous ouvrez, ou qu’un superviseur vous attribue, apparaissent ici ; cherchez un usager dans Usagers pour en ouvrir un.</translation>
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
        <translation>&amp;Date de naissance</translation>
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
        <translation>L'âge estimé est un nombre d'années.</translation>
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
        <translation>Dossiers de l'usager sélectionné</translation>
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
        <source>Share &amp;forms…</source>
        <translation>Partager les &amp;formulaires…</translation>
    </message>
    <message>
        <source>Share the client's completed forms as a FHIR file</source>
        <translation>Partager les formulaires complétés du client dans un fichier FHIR</translation>
    </message>
    <message>
        <source>What the FHIR file holds</source>
        <translation>Ce que contient le fichier FHIR</translation>
    </message>
    <message>
        <source>&lt;a href="intake"&gt;Register a new client&lt;/a&gt; (Ctrl+N).</source>
        <translation>&lt;a href="intake"&gt;Inscrire un nouvel usager&lt;/a&gt; (Ctrl+N).</translation>
    </message>
    <message>
        <source>Type a name, phone number or date of birth to find a client.</source>
        <translation>Saisissez un nom, un numéro de téléphone ou une date de naissance pour trouver un usager.</translation>
    </message>
    <message>
        <source>No client found for “{query}”.</source>
        <translation>Aucun usager trouvé pour « {query} ».</translation>
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
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
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
        <translation>Nom d'utilisateur</translation>
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
        <source>Errors</source>
        <translation>Erreurs</translation>
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
        <source>Score</source>
        <translation>Score</translation>
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
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Where used</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
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
        <translation>Ce qui s'est passé</translation>
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
        <source>Post-quantum key</source>
        <translation>Clé post-quantique</translation>
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
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
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
        <translation>Ce qui s'est passé</translation>
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
        <translation>Sélectionnez un élément pour l'examiner.</translation>
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
        <source>{who} changed “{field}” of {record} to “{value}” on {when}, but that change was refused when the laptops' changes were put in order. It is “{current}” now.</source>
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
        <source>Forms whose answers may be shared</source>
        <translation>Formulaires dont les réponses peuvent être partagées</translation>
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
        <source>Completed &amp;forms</source>
        <translation>&amp;Formulaires complétés</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>Fi&amp;nalité</translation>
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
    <message>
        <source>May share the answers to: {form}</source>
        <translation>Peut partager les réponses à : {form}</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>Entries {first}–{last} are missing.</source>
        <translation>Les entrées {first}–{last} manquent.</translation>
    </message>
    <message>
        <source>Entry {seq} was altered.</source>
        <translation>L’entrée {seq} a été modifiée.</translation>
    </message>
    <message>
        <source>Entries after {last} were removed (the log ended at {ended}).</source>
        <translation>Les entrées après la {last} ont été supprimées (le journal s’arrêtait à la {ended}).</translation>
    </message>
    <message>
        <source>Broken link: row {row} of {table} points to a {parent} record that does not exist.</source>
        <translation>Lien rompu : la ligne {row} de {table} renvoie à un enregistrement {parent} qui n’existe pas.</translation>
    </message>
    <message>
        <source>Event {seq} of the event log cannot be read: its stored contents are damaged.</source>
        <translation>L’événement {seq} du journal des événements est illisible : son contenu enregistré est endommagé.</translation>
    </message>
    <message>
        <source>Encryption check: {detail}</source>
        <translation>Contrôle du chiffrement : {detail}</translation>
    </message>
    <message>
        <source>Integrity check: {detail}</source>
        <translation>Contrôle d’intégrité : {detail}</translation>
    </message>
    <message>
        <source>'{column_name}' should be text, not {found}, at {path}</source>
        <translation>'{column_name}' devrait être du texte, pas {found}, à {path}</translation>
    </message>
    <message>
        <source>'{field}' is not a field; use one of: {fields}</source>
        <translation>« {field} » n’est pas un champ ; utilisez l’un de : {fields}</translation>
    </message>
    <message>
        <source>'{key}' should be text, not {found}, at {path}</source>
        <translation>'{key}' devrait être du texte, pas {found}, à {path}</translation>
    </message>
    <message>
        <source>'{value}' is not a date</source>
        <translation>« {value} » n’est pas une date</translation>
    </message>
    <message>
        <source>'{value}' is not a gender this import knows</source>
        <translation>« {value} » n’est pas un genre que cette importation connaît</translation>
    </message>
    <message>
        <source>'{value}' is not a need domain</source>
        <translation>« {value} » n’est pas un domaine de besoin</translation>
    </message>
    <message>
        <source>'{value}' is not a number</source>
        <translation>« {value} » n’est pas un nombre</translation>
    </message>
    <message>
        <source>'{value}' is not the user name of a worker here</source>
        <translation>« {value} » n’est le nom d’utilisateur d’aucun membre de l’équipe ici</translation>
    </message>
    <message>
        <source>--map {given}: give it as "Column=field" with one of the file's columns: {columns}</source>
        <translation>--map {given} : écrivez-le sous la forme "Colonne=champ" avec l’une des colonnes du fichier : {columns}</translation>
    </message>
    <message>
        <source>--workers must be at least 1.</source>
        <translation>--workers doit valoir au moins 1.</translation>
    </message>
    <message>
        <source>A Task status '{status}' says nothing about a referral</source>
        <translation>Un statut de Task '{status}' ne dit rien sur une orientation</translation>
    </message>
    <message>
        <source>A case that is {current} cannot become {wanted}.</source>
        <translation>Un dossier à l'état {current} ne peut pas passer à {wanted}.</translation>
    </message>
    <message>
        <source>A device id does not match its signing key.</source>
        <translation>Un id d'appareil ne correspond pas à sa clé de signature.</translation>
    </message>
    <message>
        <source>A device label must be 1 to 200 characters.</source>
        <translation>Une étiquette d'appareil doit compter de 1 à 200 caractères.</translation>
    </message>
    <message>
        <source>A device list entry has an unknown operation or fields.</source>
        <translation>Une entrée de la liste d'appareils a une opération ou des champs inconnus.</translation>
    </message>
    <message>
        <source>A device list entry has an unsupported version.</source>
        <translation>Une entrée de la liste d'appareils a une version non prise en charge.</translation>
    </message>
    <message>
        <source>A device list entry is not a pair of an entry and its signature.</source>
        <translation>Une entrée de la liste d'appareils n'est pas une paire formée d'une entrée et de sa signature.</translation>
    </message>
    <message>
        <source>A device list entry names a malformed device id.</source>
        <translation>Une entrée de la liste d'appareils nomme un id d'appareil mal formé.</translation>
    </message>
    <message>
        <source>A device list entry publishes a classical agency key (suite {suite}) although the agency requires the post-quantum suite.</source>
        <translation>Une entrée de la liste d'appareils publie une clé d'organisme classique (suite {suite}) alors que l'organisme exige la suite post-quantique.</translation>
    </message>
    <message>
        <source>A device list entry publishes a malformed post-quantum key.</source>
        <translation>Une entrée de la liste d'appareils publie une clé post-quantique mal formée.</translation>
    </message>
    <message>
        <source>A device list entry publishes a post-quantum key that its signer does not own.</source>
        <translation>Une entrée de la liste d'appareils publie une clé post-quantique qui n'appartient pas à son signataire.</translation>
    </message>
    <message>
        <source>A device list entry publishes a second post-quantum key for a laptop.</source>
        <translation>Une entrée de la liste d'appareils publie une deuxième clé post-quantique pour un ordinateur.</translation>
    </message>
    <message>
        <source>A device list entry requires the post-quantum suite while a laptop of the agency has no post-quantum key.</source>
        <translation>Une entrée de la liste d'appareils exige la suite post-quantique alors qu'un ordinateur de l'organisme n'a pas de clé post-quantique.</translation>
    </message>
    <message>
        <source>A device list entry sets the post-quantum policy to a value other than true.</source>
        <translation>Une entrée de la liste d'appareils donne à la règle post-quantique une valeur autre que « true ».</translation>
    </message>
    <message>
        <source>A device may only pull its own agency's mailbox.</source>
        <translation>Un appareil ne peut relever que la boîte de son propre organisme.</translation>
    </message>
    <message>
        <source>A device was revoked; the agency key must be rotated first.</source>
        <translation>Un appareil a été révoqué ; la clé de l'organisme doit d'abord être renouvelée.</translation>
    </message>
    <message>
        <source>A form in the framework must be an object with a "questionnaire".</source>
        <translation>Chaque formulaire du cadre doit être un objet avec un « questionnaire ».</translation>
    </message>
    <message>
        <source>A form is used for one of: {uses}.</source>
        <translation>Un formulaire sert à l’un de ces usages : {uses}.</translation>
    </message>
    <message>
        <source>A laptop cannot remove itself; do it from another active laptop of the agency.</source>
        <translation>Un ordinateur ne peut pas se retirer lui-même ; faites-le depuis un autre ordinateur actif de l'organisme.</translation>
    </message>
    <message>
        <source>A laptop was removed and the agency key is not rotated yet; remove it again from an active laptop first.</source>
        <translation>Un ordinateur a été retiré et la clé de l'organisme n'a pas encore été renouvelée ; retirez-le à nouveau depuis un ordinateur actif.</translation>
    </message>
    <message>
        <source>A need has no field {key!r}.</source>
        <translation>Un besoin n'a pas de champ {key!r}.</translation>
    </message>
    <message>
        <source>A network form's use {use!r} is not one of {uses}.</source>
        <translation>L'usage {use!r} d'un formulaire du réseau n'est pas l'un de {uses}.</translation>
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
        <translation>Un partenaire a répondu à une orientation qui n'est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>A partner needs a name.</source>
        <translation>Un partenaire doit avoir un nom.</translation>
    </message>
    <message>
        <source>A partner sent a referral whose id is already in use here; it was refused.</source>
        <translation>Un partenaire a envoyé une orientation dont l'id est déjà utilisé ici ; elle a été refusée.</translation>
    </message>
    <message>
        <source>A partner tried to change the state of a referral it sent us; only withdrawing it is theirs to do.</source>
        <translation>Un partenaire a tenté de changer l'état d'une orientation qu'il nous a envoyée ; il ne peut que la retirer.</translation>
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
        <source>A recipient's agency public key is malformed.</source>
        <translation>La clé publique d'organisme d'un destinataire est mal formée.</translation>
    </message>
    <message>
        <source>A recovery code has {length} letters and digits; this one has {count}.</source>
        <translation>Un code de récupération compte {length} lettres et chiffres ; celui-ci en a {count}.</translation>
    </message>
    <message>
        <source>A referral that is {current} cannot become {wanted}.</source>
        <translation>Une orientation à l'état {current} ne peut pas passer à {wanted}.</translation>
    </message>
    <message>
        <source>A resource has no file path</source>
        <translation>Une ressource n'a pas de chemin de fichier</translation>
    </message>
    <message>
        <source>A secure connection to the hub could not be made (its certificate is not trusted, or has expired, or something on the network intercepts it); nothing was sent. Ask the hub operator.</source>
        <translation>Impossible d'établir une connexion sécurisée avec le serveur central (son certificat n'est pas reconnu ou a expiré, ou quelque chose sur le réseau l'intercepte) ; rien n'a été envoyé. Contactez l'opérateur du serveur central.</translation>
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
        <translation>Une entrée d'emplacement n'est pas un objet.</translation>
    </message>
    <message>
        <source>A snapshot id is 32 lowercase hex digits.</source>
        <translation>Un id d'instantané compte 32 chiffres hexadécimaux en minuscules.</translation>
    </message>
    <message>
        <source>A store already exists at {path}; refusing to overwrite it.</source>
        <translation>Des données existent déjà à {path} ; elles ne seront pas écrasées.</translation>
    </message>
    <message>
        <source>A store id must be non-empty text of at most 200 characters.</source>
        <translation>Un id de données doit être un texte non vide d'au plus 200 caractères.</translation>
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
        <source>A suggestion's domain must be one of {domains}, not {domain}.</source>
        <translation>Le domaine d’une suggestion doit être l’un de ceux-ci : {domains} (et non {domain}).</translation>
    </message>
    <message>
        <source>A suggestion's severity must be one of {severities}, not {severity}.</source>
        <translation>La gravité d’une suggestion doit être l’une de celles-ci : {severities} (et non {severity}).</translation>
    </message>
    <message>
        <source>A user name is 2–40 letters, digits, dots, dashes or underscores.</source>
        <translation>Un nom d'utilisateur compte de 2 à 40 lettres, chiffres, points, tirets ou tirets bas.</translation>
    </message>
    <message>
        <source>A user name is needed for the key slot.</source>
        <translation>Un nom d'utilisateur est nécessaire pour l'emplacement de clé.</translation>
    </message>
    <message>
        <source>A user name must be at most 100 printable characters.</source>
        <translation>Un nom d'utilisateur doit compter au plus 100 caractères imprimables.</translation>
    </message>
    <message>
        <source>A variable has no usable name ({name}).</source>
        <translation>Une variable n’a pas de nom utilisable ({name}).</translation>
    </message>
    <message>
        <source>A vault already exists at {path}; it was not overwritten.</source>
        <translation>Un coffre existe déjà à {path} ; il n'a pas été écrasé.</translation>
    </message>
    <message>
        <source>A wrapped key has the wrong size for its suite.</source>
        <translation>Une clé enveloppée n'a pas la bonne taille pour sa suite cryptographique.</translation>
    </message>
    <message>
        <source>About the person referred</source>
        <translation>À propos de la personne orientée</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Age consistent with estimated birth year</source>
        <translation>Âge compatible avec l'année de naissance estimée</translation>
    </message>
    <message>
        <source>Agency fields are filled on a client's profile.</source>
        <translation>Les champs de l’organisme se remplissent dans la fiche de l’usager.</translation>
    </message>
    <message>
        <source>Agency key epoch {epoch} is out of order; epoch {expected} was expected.</source>
        <translation>L'époque {epoch} de la clé de l'organisme est hors d'ordre ; l'époque {expected} était attendue.</translation>
    </message>
    <message>
        <source>Agency key suite {suite!r} is not supported.</source>
        <translation>La suite cryptographique {suite!r} de la clé de l'organisme n'est pas prise en charge.</translation>
    </message>
    <message>
        <source>Agency {agency_id} removed a laptop and has not published its new key yet; nothing is sealed to it until then.</source>
        <translation>L'organisme {agency_id} a retiré un ordinateur et n'a pas encore publié sa nouvelle clé ; rien ne lui est scellé d'ici là.</translation>
    </message>
    <message>
        <source>Ages differ by about {years} years</source>
        <translation>Les âges diffèrent d'environ {years} ans</translation>
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
        <translation>Une clé publique d'organisme est mal formée.</translation>
    </message>
    <message>
        <source>An entry of the agency's device list is malformed.</source>
        <translation>Une entrée de la liste d'appareils de l'organisme est mal formée.</translation>
    </message>
    <message>
        <source>An entry of the device list belongs to a different agency.</source>
        <translation>Une entrée de la liste d'appareils appartient à un autre organisme.</translation>
    </message>
    <message>
        <source>An entry of the device list does not link to the one before it.</source>
        <translation>Une entrée de la liste d'appareils ne se rattache pas à la précédente.</translation>
    </message>
    <message>
        <source>An entry of the device list has an invalid signature.</source>
        <translation>Une entrée de la liste d'appareils a une signature non valide.</translation>
    </message>
    <message>
        <source>An entry of the device list is signed by a device not on the list.</source>
        <translation>Une entrée de la liste d'appareils est signée par un appareil absent de la liste.</translation>
    </message>
    <message>
        <source>An entry of the device list is signed by a revoked device.</source>
        <translation>Une entrée de la liste d'appareils est signée par un appareil révoqué.</translation>
    </message>
    <message>
        <source>An epoch entry must name its signer as the device.</source>
        <translation>Une entrée d'époque doit nommer son signataire comme appareil.</translation>
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
        <source>Ask {partner} what became of the referral {code}</source>
        <translation>Demander à {partner} ce qu'il est advenu de l'orientation {code}</translation>
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
        <translation>Annulé ; rien n'a été modifié.</translation>
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
        <translation>Impossible d'utiliser le fichier de coffre {path}. {exc}</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Garde d'enfants</translation>
    </message>
    <message>
        <source>Choose a passphrase; it cannot be empty.</source>
        <translation>Choisissez une phrase secrète ; elle ne peut pas être vide.</translation>
    </message>
    <message>
        <source>Choose a password of at least {minimum} characters.</source>
        <translation>Choisissez un mot de passe d'au moins {minimum} caractères.</translation>
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
        <translation>Impossible d'enregistrer le fichier de coffre {path} ({problem}) ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Could not talk to the hub at {base_url}: {problem}.</source>
        <translation type="vanished">Impossible de communiquer avec le serveur central à {base_url} : {problem}.</translation>
    </message>
    <message>
        <source>Could not write the vault file {path}: {strerror}.</source>
        <translation>Impossible d'écrire le fichier de coffre {path} : {strerror}.</translation>
    </message>
    <message>
        <source>Date of birth differs by one digit ({mine} / {theirs})</source>
        <translation>La date de naissance diffère d'un chiffre ({mine} / {theirs})</translation>
    </message>
    <message>
        <source>Day and month of birth swapped</source>
        <translation>Jour et mois de naissance inversés</translation>
    </message>
    <message>
        <source>Device keys are needed to enrol.</source>
        <translation>Des clés d'appareil sont nécessaires pour s'inscrire.</translation>
    </message>
    <message>
        <source>Device list entry field {key!r} has the wrong size.</source>
        <translation>Le champ {key!r} d'une entrée de la liste d'appareils n'a pas la bonne taille.</translation>
    </message>
    <message>
        <source>Device list entry field {key!r} is not a whole number.</source>
        <translation>Le champ {key!r} d'une entrée de la liste d'appareils n'est pas un nombre entier.</translation>
    </message>
    <message>
        <source>Device list entry field {key!r} is not base64.</source>
        <translation>Le champ {key!r} d'une entrée de la liste d'appareils n'est pas du base64.</translation>
    </message>
    <message>
        <source>Device list entry {seq} arrived where entry {expected} was expected (a gap, a repeat or a fork).</source>
        <translation>L'entrée {seq} de la liste d'appareils est arrivée là où l'entrée {expected} était attendue (un trou, une répétition ou une bifurcation).</translation>
    </message>
    <message>
        <source>Device list entry {seq} has an invalid signature.</source>
        <translation>L'entrée {seq} de la liste d'appareils a une signature non valide.</translation>
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
        <translation>Exportez dans l'un de ces formats : {formats} (pas {fmt!r}).</translation>
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
        <translation>Le champ {name} est absent ou n'est pas du texte.</translation>
    </message>
    <message>
        <source>Field {name} is not valid base64.</source>
        <translation>Le champ {name} n'est pas du base64 valide.</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Alimentation</translation>
    </message>
    <message>
        <source>Gender must be one of: {genders}.</source>
        <translation>Le genre doit être l'un de ceux-ci : {genders}.</translation>
    </message>
    <message>
        <source>Give both --ssl-certfile and --ssl-keyfile, or neither.</source>
        <translation>Indiquez à la fois --ssl-certfile et --ssl-keyfile, ou aucun des deux.</translation>
    </message>
    <message>
        <source>Give the agency a name and the first administrator a user name.</source>
        <translation>Donnez un nom à l'organisme et un nom d'utilisateur au premier administrateur.</translation>
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
        <translation>Ce n'est pas un fichier de coffre CollabDesk (pas du JSON).</translation>
    </message>
    <message>
        <source>It is not a CollabDesk vault file.</source>
        <translation>Ce n'est pas un fichier de coffre CollabDesk.</translation>
    </message>
    <message>
        <source>It is {current} now and cannot become {wanted}.</source>
        <translation>Il est maintenant à l'état {current} et ne peut pas passer à {wanted}.</translation>
    </message>
    <message>
        <source>It was written by a newer CollabDesk (vault format {version}); upgrade CollabDesk to open it.</source>
        <translation>Il a été écrit par une version plus récente de CollabDesk (format de coffre {version}) ; mettez CollabDesk à jour pour l'ouvrir.</translation>
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
        <translation>L'emplacement de clé {label!r} ({slot_id}) n'a pas été créé par CollabDesk pour ces données ; quelqu'un a modifié le fichier de coffre. Retirez cet emplacement avant de changer des phrases secrètes ou des clés.</translation>
    </message>
    <message>
        <source>Key slot {slot_id} has no pending key; cannot finish.</source>
        <translation>L'emplacement de clé {slot_id} n'a pas de clé en attente ; impossible de terminer.</translation>
    </message>
    <message>
        <source>Key slot {slot_id} is damaged. Restore the vault from a backup.</source>
        <translation>L'emplacement de clé {slot_id} est endommagé. Restaurez le coffre depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>Key slot {slot_id} was altered. Restore the vault from a backup or use another slot.</source>
        <translation>L'emplacement de clé {slot_id} a été modifié. Restaurez le coffre depuis une sauvegarde ou utilisez un autre emplacement.</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Juridique</translation>
    </message>
    <message>
        <source>Link the referral to an existing client or create one.</source>
        <translation>Liez l'orientation à un usager existant ou créez-en un.</translation>
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
        <source>No CollabDesk store in {data_dir}. Run 'collabdesk init' first.</source>
        <translation>Aucune donnée CollabDesk dans {data_dir}. Lancez d'abord 'collabdesk init'.</translation>
    </message>
    <message>
        <source>No active user called {username}.</source>
        <translation>Aucun utilisateur actif nommé {username}.</translation>
    </message>
    <message>
        <source>No agency {agency!r} on this hub (see 'agency list').</source>
        <translation>Aucun organisme {agency!r} sur ce serveur central (voir 'agency list').</translation>
    </message>
    <message>
        <source>No capacity</source>
        <translation type="vanished">Pas de place</translation>
    </message>
    <message>
        <source>No device {device_id!r} on this hub (see 'device list').</source>
        <translation>Aucun appareil {device_id!r} sur ce serveur central (voir 'device list').</translation>
    </message>
    <message>
        <source>No key rotation is in progress.</source>
        <translation>Aucune rotation de clé n'est en cours.</translation>
    </message>
    <message>
        <source>No laptop with that id is waiting for approval in this agency.</source>
        <translation>Aucun ordinateur avec cet id n'attend d'approbation dans cet organisme.</translation>
    </message>
    <message>
        <source>No operator called {name!r}.</source>
        <translation>Aucun opérateur nommé {name!r}.</translation>
    </message>
    <message>
        <source>No parts of that snapshot are here.</source>
        <translation>Aucune partie de cet instantané n'est ici.</translation>
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
        <translation>Cet organisme n'existe pas sur ce serveur central.</translation>
    </message>
    <message>
        <source>No such mailbox on this hub.</source>
        <translation>Cette boîte n'existe pas sur ce serveur central.</translation>
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
        <source>None of the {count} envelope(s) in {name} is addressed to this agency's mailbox ({own}); they are for another agency. Import the bundle on a laptop of that agency.</source>
        <translation>Aucune des {count} enveloppe(s) de {name} n'est adressée à la boîte de cet organisme ({own}) ; elles sont destinées à un autre organisme. Importez le paquet sur un ordinateur de cet organisme.</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="vanished">Non admissible</translation>
    </message>
    <message>
        <source>Only a referral from a partner can be accepted here.</source>
        <translation>Seule une orientation venant d'un partenaire peut être acceptée ici.</translation>
    </message>
    <message>
        <source>Only a whole calendar month can be submitted to the hub; pick a month rather than a date range.</source>
        <translation>Seul un mois civil complet peut être envoyé au serveur central ; choisissez un mois plutôt qu'une plage de dates.</translation>
    </message>
    <message>
        <source>Only active devices of this agency may do that.</source>
        <translation>Seuls les appareils actifs de cet organisme peuvent le faire.</translation>
    </message>
    <message>
        <source>Organization id '{org_id}' is used twice with different names (first at {path})</source>
        <translation>L'id d'organisation '{org_id}' est utilisé deux fois avec des noms différents (la première fois à {path})</translation>
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
        <translation>Refusée : l'usager a refusé</translation>
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
        <translation>L'initiale du nom de famille correspond</translation>
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
        <translation>Le champ {name} fait 1 octet ; {size} attendus.</translation>
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
        <translation>L'initiale du prénom correspond</translation>
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
        <translation>L'initiale correspond</translation>
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
        <source>Part {n} of the agency's snapshot cannot be read ({reason}). Update CollabDesk on the laptop that made it, make a new snapshot there, and set this laptop up again.</source>
        <translation>La partie {n} de l'instantané de l'organisme ne peut pas être lue ({reason}). Mettez à jour CollabDesk sur l'ordinateur qui l'a créé, faites-y un nouvel instantané et configurez à nouveau cet ordinateur.</translation>
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
        <source>Required value 'id' is empty</source>
        <translation>La valeur obligatoire 'id' est vide</translation>
    </message>
    <message>
        <source>Required value 'name' is empty</source>
        <translation>La valeur obligatoire 'name' est vide</translation>
    </message>
    <message>
        <source>Required value '{column_name}' is empty</source>
        <translation>La valeur obligatoire '{column_name}' est vide</translation>
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
        <translation>Indiquez ce qu'il faut faire.</translation>
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
        <translation>Indiquez pourquoi l'orientation est clôturée.</translation>
    </message>
    <message>
        <source>Say why the referral is declined; the partner will see it.</source>
        <translation>Indiquez pourquoi l'orientation est refusée ; le partenaire le verra.</translation>
    </message>
    <message>
        <source>Service id '{service_id}' is used twice with different content (first at {first})</source>
        <translation>L'id de service '{service_id}' est utilisé deux fois avec un contenu différent (la première fois à {first})</translation>
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
        <source>Table '{name}'</source>
        <translation>Tableau '{name}'</translation>
    </message>
    <message>
        <source>Taken.</source>
        <translation>Déjà pris.</translation>
    </message>
    <message>
        <source>That attachment is not on this laptop.</source>
        <translation>Cette pièce jointe n'est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>That case does not exist on this laptop.</source>
        <translation>Ce dossier n'existe pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>That client record does not exist on this laptop.</source>
        <translation>Cette fiche d'usager n'existe pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>That conflict was already resolved.</source>
        <translation>Ce conflit a déjà été résolu.</translation>
    </message>
    <message>
        <source>That consent does not exist.</source>
        <translation>Ce consentement n'existe pas.</translation>
    </message>
    <message>
        <source>That is not the current key of this store.</source>
        <translation>Ce n'est pas la clé actuelle de ces données.</translation>
    </message>
    <message>
        <source>That is the last key slot; removing it would make the store impossible to open.</source>
        <translation>C'est le dernier emplacement de clé ; le retirer rendrait les données impossibles à ouvrir.</translation>
    </message>
    <message>
        <source>That laptop is not an active device of this agency.</source>
        <translation>Cet ordinateur n'est pas un appareil actif de cet organisme.</translation>
    </message>
    <message>
        <source>That need does not exist.</source>
        <translation>Ce besoin n'existe pas.</translation>
    </message>
    <message>
        <source>That part index is out of range.</source>
        <translation>Cet index de partie est hors limites.</translation>
    </message>
    <message>
        <source>That partner is not in the directory.</source>
        <translation>Ce partenaire n'est pas dans le répertoire.</translation>
    </message>
    <message>
        <source>That passphrase is not correct for this user.</source>
        <translation>Cette phrase secrète n'est pas correcte pour cet utilisateur.</translation>
    </message>
    <message>
        <source>That record does not exist.</source>
        <translation>Cet enregistrement n'existe pas.</translation>
    </message>
    <message>
        <source>That recovery code does not unlock this store; it may have been replaced.</source>
        <translation>Ce code de récupération ne déverrouille pas ces données ; il a peut-être été remplacé.</translation>
    </message>
    <message>
        <source>That referral is not on this laptop.</source>
        <translation>Cette orientation n'est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>That service is not in the partner directory.</source>
        <translation>Ce service n'est pas dans le répertoire des partenaires.</translation>
    </message>
    <message>
        <source>That snapshot id is another device's upload; start a new snapshot with a fresh id.</source>
        <translation>Cet id d'instantané correspond à l'envoi d'un autre appareil ; commencez un nouvel instantané avec un nouvel id.</translation>
    </message>
    <message>
        <source>That snapshot is complete; it can no longer change.</source>
        <translation>Cet instantané est complet ; il ne peut plus changer.</translation>
    </message>
    <message>
        <source>That snapshot or part is not at the hub (a newer snapshot may have replaced it).</source>
        <translation>Cet instantané ou cette partie n'est pas sur le serveur central (un instantané plus récent l'a peut-être remplacé).</translation>
    </message>
    <message>
        <source>That status change is not on this laptop.</source>
        <translation>Ce changement d'état n'est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>That task does not exist.</source>
        <translation>Cette tâche n'existe pas.</translation>
    </message>
    <message>
        <source>That user does not exist.</source>
        <translation>Cet utilisateur n'existe pas.</translation>
    </message>
    <message>
        <source>That worker does not exist or is no longer active.</source>
        <translation>Cet intervenant n'existe pas ou n'est plus actif.</translation>
    </message>
    <message>
        <source>The Bundle holds no ServiceRequest (a referral) and no Task (a referral's progress)</source>
        <translation>Le Bundle ne contient aucun ServiceRequest (une orientation) ni aucune Task (l'avancement d'une orientation)</translation>
    </message>
    <message>
        <source>The Bundle holds no resources</source>
        <translation>Le Bundle ne contient aucune ressource</translation>
    </message>
    <message>
        <source>The Bundle holds {count} ServiceRequests; a file carries one referral</source>
        <translation>Le Bundle contient {count} ServiceRequest ; un fichier porte une seule orientation</translation>
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
        <source>The ServiceRequest's status is '{status}': nothing is requested</source>
        <translation>Le statut du ServiceRequest est « {status} » : rien n'est demandé</translation>
    </message>
    <message>
        <source>The Task is about {reference}, which is no referral exchanged here as a FHIR file</source>
        <translation>La Task porte sur {reference}, qui n'est aucune orientation échangée ici en fichier FHIR</translation>
    </message>
    <message>
        <source>The Task says '{status}' about a referral the clinic sent us: answering it is ours to do (the clinic may only cancel it)</source>
        <translation>La Task indique « {status} » pour une orientation que la clinique nous a envoyée : c'est à nous d'y répondre (la clinique peut seulement l'annuler)</translation>
    </message>
    <message>
        <source>The agency has not published an agency key yet.</source>
        <translation>L'organisme n'a pas encore publié de clé d'organisme.</translation>
    </message>
    <message>
        <source>The agency id is malformed.</source>
        <translation>L'id de l'organisme est mal formé.</translation>
    </message>
    <message>
        <source>The agency key grant could not be opened.</source>
        <translation>L'attribution de la clé de l'organisme n'a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>The agency key grant is not for this device or was damaged.</source>
        <translation>L'attribution de la clé de l'organisme n'est pas destinée à cet appareil ou a été endommagée.</translation>
    </message>
    <message>
        <source>The agency name is longer than 200 characters.</source>
        <translation>Le nom de l'organisme dépasse 200 caractères.</translation>
    </message>
    <message>
        <source>The agency name must not be empty.</source>
        <translation>Le nom de l'organisme ne doit pas être vide.</translation>
    </message>
    <message>
        <source>The agency's device list failed verification.</source>
        <translation>La liste d'appareils de l'organisme a échoué à la vérification.</translation>
    </message>
    <message>
        <source>The agency's device list is empty.</source>
        <translation>La liste d'appareils de l'organisme est vide.</translation>
    </message>
    <message>
        <source>The agency's settings reach this laptop with its first sync; change them after it.</source>
        <translation>Les paramètres de l’organisme arrivent sur cet ordinateur lors de sa première synchronisation ; modifiez-les ensuite.</translation>
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
        <source>The bundle's device list forks from the one this laptop trusts.</source>
        <translation>La liste d'appareils du paquet diverge de celle à laquelle cet ordinateur se fie.</translation>
    </message>
    <message>
        <source>The client's consent does not cover sharing: {fields}. Remove these fields from the referral or record a wider consent.</source>
        <translation>Le consentement de l'usager ne couvre pas le partage de : {fields}. Retirez ces champs de l'orientation ou enregistrez un consentement plus large.</translation>
    </message>
    <message>
        <source>The column '{column_name}' is missing from the header</source>
        <translation>La colonne '{column_name}' manque dans l'en-tête</translation>
    </message>
    <message>
        <source>The column appears twice in the header</source>
        <translation>La colonne apparaît deux fois dans l'en-tête</translation>
    </message>
    <message>
        <source>The connection to the hub was cut; nothing was lost; CollabDesk will try again.</source>
        <translation>La connexion au serveur central a été coupée ; rien n'a été perdu ; CollabDesk réessaiera.</translation>
    </message>
    <message>
        <source>The consent is not complete.</source>
        <translation>Le consentement n'est pas complet.</translation>
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
        <translation>La liste d'appareils ajoute un appareil qui y figure déjà.</translation>
    </message>
    <message>
        <source>The device list adds a device that is enrolled with another agency.</source>
        <translation>La liste d'appareils ajoute un appareil inscrit auprès d'un autre organisme.</translation>
    </message>
    <message>
        <source>The device list adds keys that differ from the ones this device enrolled with; compare fingerprints again.</source>
        <translation>La liste d'appareils ajoute des clés différentes de celles avec lesquelles cet appareil s'est inscrit ; comparez à nouveau les empreintes.</translation>
    </message>
    <message>
        <source>The device list does not start with its root device and epoch 0.</source>
        <translation>La liste d'appareils ne commence pas par son appareil racine et l'époque 0.</translation>
    </message>
    <message>
        <source>The device list has a gap, a repeated or a forked entry.</source>
        <translation>La liste d'appareils a un trou, une entrée répétée ou une bifurcation.</translation>
    </message>
    <message>
        <source>The device list has an agency key out of order or of the wrong kind.</source>
        <translation>La liste d'appareils a une clé d'organisme hors d'ordre ou du mauvais type.</translation>
    </message>
    <message>
        <source>The device list revokes a device that is not active.</source>
        <translation>La liste d'appareils révoque un appareil qui n'est pas actif.</translation>
    </message>
    <message>
        <source>The device list would revoke the agency's last active device.</source>
        <translation>La liste d'appareils révoquerait le dernier appareil actif de l'organisme.</translation>
    </message>
    <message>
        <source>The device list's root device is not the one you confirmed.</source>
        <translation>L'appareil racine de la liste d'appareils n'est pas celui que vous avez confirmé.</translation>
    </message>
    <message>
        <source>The device list's root entry is not this device's keys.</source>
        <translation>L'entrée racine de la liste d'appareils ne correspond pas aux clés de cet appareil.</translation>
    </message>
    <message>
        <source>The document or signature is not valid base64.</source>
        <translation>Le document ou la signature n'est pas du base64 valide.</translation>
    </message>
    <message>
        <source>The duration must be longer than zero.</source>
        <translation>La durée doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>The envelope body is shorter than its auth tag.</source>
        <translation>Le corps de l'enveloppe est plus court que son étiquette d'authentification.</translation>
    </message>
    <message>
        <source>The envelope could not be decrypted with this agency's key.</source>
        <translation>L'enveloppe n'a pas pu être déchiffrée avec la clé de cet organisme.</translation>
    </message>
    <message>
        <source>The envelope decrypted but its contents are malformed.</source>
        <translation>L'enveloppe a été déchiffrée mais son contenu est mal formé.</translation>
    </message>
    <message>
        <source>The envelope failed a check and was not applied.</source>
        <translation>L'enveloppe a échoué à une vérification et n'a pas été appliquée.</translation>
    </message>
    <message>
        <source>The envelope has extra bytes after its signature.</source>
        <translation>L'enveloppe a des octets en trop après sa signature.</translation>
    </message>
    <message>
        <source>The envelope has too many wrapped keys.</source>
        <translation>L'enveloppe a trop de clés enveloppées.</translation>
    </message>
    <message>
        <source>The envelope header exceeds 16 KiB.</source>
        <translation>L'en-tête de l'enveloppe dépasse 16 Kio.</translation>
    </message>
    <message>
        <source>The envelope header is malformed or not in canonical form.</source>
        <translation>L'en-tête de l'enveloppe est mal formé ou n'est pas sous forme canonique.</translation>
    </message>
    <message>
        <source>The envelope header is malformed: {why}.</source>
        <translation>L'en-tête de l'enveloppe est mal formé : {why}.</translation>
    </message>
    <message>
        <source>The envelope header is not canonical JSON.</source>
        <translation>L'en-tête de l'enveloppe n'est pas du JSON canonique.</translation>
    </message>
    <message>
        <source>The envelope is cut short; it was damaged in transit or storage.</source>
        <translation>L'enveloppe est tronquée ; elle a été endommagée pendant le transfert ou le stockage.</translation>
    </message>
    <message>
        <source>The envelope names a different sender than the key it was checked against.</source>
        <translation>L'enveloppe nomme un autre expéditeur que la clé avec laquelle elle a été vérifiée.</translation>
    </message>
    <message>
        <source>The envelope or its contents exceed the size limits of the protocol.</source>
        <translation>L'enveloppe ou son contenu dépasse les limites de taille du protocole.</translation>
    </message>
    <message>
        <source>The envelope was addressed to a different mailbox than the one it came from.</source>
        <translation>L'enveloppe était adressée à une autre boîte que celle d'où elle vient.</translation>
    </message>
    <message>
        <source>The envelope's batch expands beyond 64 MiB.</source>
        <translation>Le lot de l'enveloppe dépasse 64 Mio une fois décompressé.</translation>
    </message>
    <message>
        <source>The envelope's compressed batch is incomplete.</source>
        <translation>Le lot compressé de l'enveloppe est incomplet.</translation>
    </message>
    <message>
        <source>The envelope's internal lengths do not match its header.</source>
        <translation>Les longueurs internes de l'enveloppe ne correspondent pas à son en-tête.</translation>
    </message>
    <message>
        <source>The envelope's signature does not match its sender's key; it was altered or forged.</source>
        <translation>La signature de l'enveloppe ne correspond pas à la clé de son expéditeur ; elle a été modifiée ou falsifiée.</translation>
    </message>
    <message>
        <source>The estimated age must be between 0 and 120.</source>
        <translation>L'âge estimé doit être compris entre 0 et 120.</translation>
    </message>
    <message>
        <source>The file could not be read: {problem}</source>
        <translation>Le fichier n'a pas pu être lu : {problem}</translation>
    </message>
    <message>
        <source>The file does not exist</source>
        <translation>Le fichier n'existe pas</translation>
    </message>
    <message>
        <source>The file is empty; a header row is expected</source>
        <translation>Le fichier est vide ; une ligne d'en-tête est attendue</translation>
    </message>
    <message>
        <source>The file is not valid JSON: {problem} (line {lineno}, column {colno})</source>
        <translation>Le fichier n'est pas un JSON valide : {problem} (ligne {lineno}, colonne {colno})</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 text (line {line}); save it as UTF-8</source>
        <translation>Le fichier n'est pas un texte UTF-8 valide (ligne {line}) ; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <source>The file is {size}; files over {limit} are not imported</source>
        <translation>Le fichier fait {size} ; les fichiers de plus de {limit} ne sont pas importés</translation>
    </message>
    <message>
        <source>The file or folder does not exist</source>
        <translation>Le fichier ou le dossier n'existe pas</translation>
    </message>
    <message>
        <source>The fingerprint does not match the one the hub has for that laptop; do not approve it.</source>
        <translation>L'empreinte ne correspond pas à celle que le serveur central a pour cet ordinateur ; ne l'approuvez pas.</translation>
    </message>
    <message>
        <source>The first row is empty; it must hold the column names</source>
        <translation>La première ligne est vide ; elle doit contenir les noms des colonnes</translation>
    </message>
    <message>
        <source>The folder for the hub database does not exist: {folder}</source>
        <translation>Le dossier de la base de données du serveur central n'existe pas : {folder}</translation>
    </message>
    <message>
        <source>The granted agency key does not match the agency's device list.</source>
        <translation>La clé d'organisme attribuée ne correspond pas à la liste d'appareils de l'organisme.</translation>
    </message>
    <message>
        <source>The hub already knows this laptop, but not which agency it enrolled with; give the agency's hub id.</source>
        <translation>Le serveur central connaît déjà cet ordinateur, mais pas l'organisme auprès duquel il s'est inscrit ; indiquez l'identifiant de l'organisme sur le serveur.</translation>
    </message>
    <message>
        <source>The hub at {base_url} did not answer; this laptop will keep working offline and try again later.</source>
        <translation>Le serveur central à {base_url} n'a pas répondu ; cet ordinateur continuera à fonctionner hors ligne et réessaiera plus tard.</translation>
    </message>
    <message>
        <source>The hub described a snapshot in a malformed way.</source>
        <translation type="vanished">Le serveur central a décrit un instantané de façon incorrecte.</translation>
    </message>
    <message>
        <source>The hub enrolled this laptop with a different agency than the one named; check the agency id and code.</source>
        <translation>Le serveur central a inscrit cet ordinateur auprès d'un autre organisme que celui indiqué ; vérifiez l'id de l'organisme et le code.</translation>
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
        <source>The hub refused this laptop's changes ({reason}); they stay here and will be sent again.</source>
        <translation>Le serveur central a refusé les modifications de cet ordinateur ({reason}) ; elles restent ici et seront renvoyées.</translation>
    </message>
    <message>
        <source>The hub sent a malformed page of envelopes.</source>
        <translation type="vanished">Le serveur central a envoyé une page d'enveloppes mal formée.</translation>
    </message>
    <message>
        <source>The hub sent an answer that is not JSON; is this the right address?</source>
        <translation type="vanished">Le serveur central a envoyé une réponse qui n'est pas du JSON ; est-ce la bonne adresse ?</translation>
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
        <source>CollabDesk cannot write to {folder}: the disk is read-only (a write-protected drive?). Nothing was changed. Make it writable, or choose another folder, and try again.</source>
        <translation>CollabDesk ne peut pas écrire dans {folder} : le disque est en lecture seule (un support protégé en écriture ?). Rien n'a été modifié. Rendez-le accessible en écriture, ou choisissez un autre dossier, puis réessayez.</translation>
    </message>
    <message>
        <source>CollabDesk does not support {feature} ({url}).</source>
        <translation>CollabDesk ne prend pas en charge {feature} ({url}).</translation>
    </message>
    <message>
        <source>CollabDesk may not write to {folder}: the folder belongs to another user or does not allow changes. Nothing was changed. Ask the IT volunteer to give your account access to it, and try again.</source>
        <translation>CollabDesk n'a pas le droit d'écrire dans {folder} : le dossier appartient à un autre utilisateur ou n'accepte pas de modifications. Rien n'a été modifié. Demandez au bénévole informatique de donner accès à votre compte, puis réessayez.</translation>
    </message>
    <message>
        <source>Item {link_id}: {problem}</source>
        <translation>Élément {link_id} : {problem}</translation>
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
        <source>Name a case or a client.</source>
        <translation>Indiquez un dossier ou un usager.</translation>
    </message>
    <message>
        <source>No active version of that form is here.</source>
        <translation>Aucune version active de ce formulaire n’est présente ici.</translation>
    </message>
    <message>
        <source>No partner in the directory is called {partner}.</source>
        <translation>Aucun partenaire de l'annuaire ne s'appelle {partner}.</translation>
    </message>
    <message>
        <source>Only FHIRPath expressions are supported, not {language}.</source>
        <translation>Seules les expressions FHIRPath sont prises en charge, pas {language}.</translation>
    </message>
    <message>
        <source>Only this client's completed questionnaire responses can travel with a referral.</source>
        <translation>Seules les réponses complétées de ce client peuvent accompagner une orientation.</translation>
    </message>
    <message>
        <source>Open a case for the client to add the need to.</source>
        <translation>Ouvrez un dossier pour l’usager afin d’y ajouter le besoin.</translation>
    </message>
    <message>
        <source>Several partners in the directory are called {partner}: give the partner's id.</source>
        <translation>Plusieurs partenaires de l'annuaire s'appellent {partner} : indiquez l'identifiant du partenaire.</translation>
    </message>
    <message>
        <source>Some answers are missing or do not fit; see the messages beside them.</source>
        <translation>Des réponses manquent ou ne conviennent pas ; consultez les messages à côté de chacune.</translation>
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
        <source>The client's consent for {partner_name} names no form, so no responses may be shared. Record a consent that lists the forms to share.</source>
        <translation>Le consentement du client pour {partner_name} ne nomme aucun formulaire : aucune réponse ne peut être partagée. Enregistrez un consentement qui liste les formulaires à partager.</translation>
    </message>
    <message>
        <source>The disk holding {folder} has {free} free, less than the {needed} the next backup and a week of work need. Free some space soon (Admin, Storage shows what CollabDesk uses and can prune old backups).</source>
        <translation>Le disque qui contient {folder} a {free} libres, moins que les {needed} nécessaires à la prochaine sauvegarde et à une semaine de travail. Libérez de la place bientôt (Administration, Stockage montre ce qu'utilise CollabDesk et permet de supprimer les anciennes sauvegardes).</translation>
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
        <translation>L’expression {expression} a été arrêtée : {why}.</translation>
    </message>
    <message>
        <source>The extension {url} has no valueExpression.</source>
        <translation>L’extension {url} n’a pas de valueExpression.</translation>
    </message>
    <message>
        <source>The file ends in the middle of this value: it was cut short (an interrupted download or copy) or a quote is missing; nothing was imported</source>
        <translation>Le fichier s'arrête au milieu de cette valeur : il a été tronqué (téléchargement ou copie interrompus) ou un guillemet manque ; rien n'a été importé</translation>
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
        <translation>Le formulaire n’a pas d’url ; il est identifié comme {url}.</translation>
    </message>
    <message>
        <source>The form's url is not text.</source>
        <translation>L’url du formulaire n’est pas du texte.</translation>
    </message>
    <message>
        <source>The form's use must be one of {uses}.</source>
        <translation>L’usage du formulaire doit être l’un de ceux-ci : {uses}.</translation>
    </message>
    <message>
        <source>The form's version is not text.</source>
        <translation>La version du formulaire n’est pas du texte.</translation>
    </message>
    <message>
        <source>The hub refused this laptop's requests as too old or too new: check the laptop's date, time and time zone.</source>
        <translation>Le serveur central a refusé les requêtes de cet ordinateur comme trop anciennes ou trop récentes : vérifiez la date, l'heure et le fuseau horaire de l'ordinateur.</translation>
    </message>
    <message>
        <source>The hub took a request sent again after a cut connection for a replay; nothing was lost; CollabDesk will try again.</source>
        <translation>Le serveur central a pris pour un rejeu une requête renvoyée après une coupure de la connexion ; rien n'a été perdu ; CollabDesk réessaiera.</translation>
    </message>
    <message>
        <source>The hub took too long to answer; nothing was lost; CollabDesk will try again.</source>
        <translation>Le serveur central a mis trop de temps à répondre ; rien n'a été perdu ; CollabDesk réessaiera.</translation>
    </message>
    <message>
        <source>The hub's answer could not be read; nothing was lost. If this goes on, check the hub address on the Network page: it may lead to another web site.</source>
        <translation>La réponse du serveur central n'a pas pu être lue ; rien n'a été perdu. Si cela continue, vérifiez l'adresse du serveur central dans la page Réseau : elle mène peut-être à un autre site web.</translation>
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
        <translation>Le manifeste n'est pas du base64.</translation>
    </message>
    <message>
        <source>The month must be written YYYY-MM.</source>
        <translation>Le mois doit s'écrire AAAA-MM.</translation>
    </message>
    <message>
        <source>The need is not complete.</source>
        <translation>Le besoin n'est pas complet.</translation>
    </message>
    <message>
        <source>The number of wrapped keys differs from the header.</source>
        <translation>Le nombre de clés enveloppées diffère de l'en-tête.</translation>
    </message>
    <message>
        <source>The package has no datapackage.json</source>
        <translation>Le paquet n'a pas de datapackage.json</translation>
    </message>
    <message>
        <source>The package has no {filename}; it is required</source>
        <translation>Le paquet n'a pas de {filename} ; il est obligatoire</translation>
    </message>
    <message>
        <source>The partner sent an unknown referral state.</source>
        <translation>Le partenaire a envoyé un état d'orientation inconnu.</translation>
    </message>
    <message>
        <source>The partner's referral is malformed.</source>
        <translation>L'orientation du partenaire est mal formée.</translation>
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
        <translation>Les chiffres publiés ne peuvent pas provenir d'un même ensemble de comptes (un chiffre masqué devrait être négatif ou nul).</translation>
    </message>
    <message>
        <source>The published figures do not add up to their totals; they cannot have come from one set of counts.</source>
        <translation>Les chiffres publiés ne correspondent pas à leurs totaux ; ils ne peuvent pas provenir d'un même ensemble de comptes.</translation>
    </message>
    <message>
        <source>The push body is cut or padded: each envelope must be a u32 length and that many bytes.</source>
        <translation>Le corps de l'envoi est tronqué ou complété : chaque enveloppe doit être une longueur u32 suivie d'autant d'octets.</translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>La quantité doit être d'au moins 1.</translation>
    </message>
    <message>
        <source>The referral is not complete.</source>
        <translation>L'orientation n'est pas complète.</translation>
    </message>
    <message>
        <source>The request has no {name} header.</source>
        <translation>La requête n'a pas d'en-tête {name}.</translation>
    </message>
    <message>
        <source>The request is missing a device signature header.</source>
        <translation>Il manque à la requête un en-tête de signature de l'appareil.</translation>
    </message>
    <message>
        <source>The request is not signed correctly.</source>
        <translation>La requête n'est pas correctement signée.</translation>
    </message>
    <message>
        <source>The request's device header does not match the signing key.</source>
        <translation>L'en-tête d'appareil de la requête ne correspond pas à la clé de signature.</translation>
    </message>
    <message>
        <source>The request's device signature does not verify.</source>
        <translation>La signature de l'appareil de la requête ne se vérifie pas.</translation>
    </message>
    <message>
        <source>The request's device signature headers are malformed.</source>
        <translation>Les en-têtes de signature de l'appareil de la requête sont mal formés.</translation>
    </message>
    <message>
        <source>The request's timestamp is too far from the hub's clock; check the laptop's date and time.</source>
        <translation>L'horodatage de la requête est trop éloigné de l'horloge du serveur central ; vérifiez la date et l'heure de l'ordinateur.</translation>
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
        <translation>L'enveloppe scellée dépasse 8 Mio ; divisez le lot.</translation>
    </message>
    <message>
        <source>The service names organization '{given}' but is listed under '{org_id}'</source>
        <translation>Le service nomme l'organisation '{given}' mais figure sous '{org_id}'</translation>
    </message>
    <message>
        <source>The service refers to organization '{org_id}', which is not among the organizations being imported</source>
        <translation>Le service renvoie à l'organisation '{org_id}', qui ne fait pas partie des organisations importées</translation>
    </message>
    <message>
        <source>The snapshot this laptop was restoring from no longer verifies ({reason}).</source>
        <translation>L'instantané à partir duquel cet ordinateur se restaurait ne se vérifie plus ({reason}).</translation>
    </message>
    <message>
        <source>The store could not be opened with this key: it is damaged or belongs to another agency.</source>
        <translation>Les données n'ont pas pu être ouvertes avec cette clé : elles sont endommagées ou appartiennent à un autre organisme.</translation>
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
        <translation>Le fichier de données {path} est endommagé : il est tronqué (il manque 1 octet à sa dernière page).</translation>
    </message>
    <message>
        <source>The store file {path} is damaged: it was cut short ({missing} bytes missing from its last page).</source>
        <translation>Le fichier de données {path} est endommagé : il est tronqué (il manque {missing} octets à sa dernière page).</translation>
    </message>
    <message>
        <source>The store file {path} is empty: its contents were lost.</source>
        <translation>Le fichier de données {path} est vide : son contenu a été perdu.</translation>
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
        <translation>La clé des données dans l'emplacement {slot_id} est endommagée ou a été remplacée. Restaurez le coffre depuis une sauvegarde ou utilisez un autre emplacement.</translation>
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
        <source>The store {path} could not be opened with this key: it is damaged, or it is another agency's store.</source>
        <translation>La base de données {path} n’a pas pu être ouverte avec cette clé : elle est endommagée ou appartient à un autre organisme.</translation>
    </message>
    <message>
        <source>The store {path} is not a file.</source>
        <translation>La base de données {path} n’est pas un fichier.</translation>
    </message>
    <message>
        <source>The stored agency key is damaged.</source>
        <translation>La clé de l'organisme enregistrée est endommagée.</translation>
    </message>
    <message>
        <source>The stored device keys have the wrong length.</source>
        <translation>Les clés d'appareil enregistrées n'ont pas la bonne longueur.</translation>
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
        <translation>Le bilan envoyé a échoué à une vérification et n'a pas été enregistré.</translation>
    </message>
    <message>
        <source>The summary could not be saved to {target}: {problem}. Pick another folder or free some space.</source>
        <translation>Le bilan n'a pas pu être enregistré dans {target} : {problem}. Choisissez un autre dossier ou libérez de l'espace.</translation>
    </message>
    <message>
        <source>The summary document is larger than 2 MiB.</source>
        <translation>Le document du bilan dépasse 2 Mio.</translation>
    </message>
    <message>
        <source>The summary document is not a JSON object of the expected shape.</source>
        <translation>Le document du bilan n'est pas un objet JSON de la forme attendue.</translation>
    </message>
    <message>
        <source>The summary names another agency than the one it is submitted for.</source>
        <translation>Le bilan nomme un autre organisme que celui pour lequel il est envoyé.</translation>
    </message>
    <message>
        <source>The summary names another device than the one that sent it.</source>
        <translation>Le bilan nomme un autre appareil que celui qui l'a envoyé.</translation>
    </message>
    <message>
        <source>The summary was cancelled; nothing was saved.</source>
        <translation>Le bilan a été annulé ; rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>The summary's month differs from the month it is submitted as.</source>
        <translation>Le mois du bilan diffère du mois sous lequel il est envoyé.</translation>
    </message>
    <message>
        <source>The summary's signature does not match the sending device's key.</source>
        <translation>La signature du bilan ne correspond pas à la clé de l'appareil qui l'envoie.</translation>
    </message>
    <message>
        <source>The suppression threshold must be a whole number of at least 3 (got {threshold!r}): with a threshold of 2, '&lt;2' would reveal that the count is 1.</source>
        <translation>Le seuil de suppression doit être un nombre entier d'au moins 3 (reçu {threshold!r}) : avec un seuil de 2, '&lt;2' révélerait que le compte est 1.</translation>
    </message>
    <message>
        <source>The tabular JSON has no '{filename}' list</source>
        <translation>Le JSON tabulaire n'a pas de liste '{filename}'</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Les deux mots de passe diffèrent ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The value contains a NUL byte; is this really a CSV file?</source>
        <translation>La valeur contient un octet NUL ; est-ce vraiment un fichier CSV ?</translation>
    </message>
    <message>
        <source>The value is not valid UTF-8 text; save the file as UTF-8</source>
        <translation>La valeur n'est pas un texte UTF-8 valide ; enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <source>The vault file here cannot be read, so this backup cannot be matched to this agency. If it is this agency's backup, restore it with --allow-other-agency (the damaged files are kept).</source>
        <translation>Le fichier du coffre de clés de cet ordinateur ne peut pas être lu : impossible de vérifier que cette sauvegarde appartient à cet organisme. S’il s’agit bien d’une sauvegarde de cet organisme, restaurez-la avec --allow-other-agency (les fichiers endommagés sont conservés).</translation>
    </message>
    <message>
        <source>The vault file was changed by another program since it was opened; reopen it and try again. Nothing was changed.</source>
        <translation>Le fichier de coffre a été modifié par un autre programme depuis son ouverture ; rouvrez-le et réessayez. Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The vault file {path} can no longer be read ({strerror}); nothing was changed.</source>
        <translation>Le fichier de coffre {path} ne peut plus être lu ({strerror}) ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The vault file {path} is empty: its contents were lost. Restore it from a backup, or set this computer up again.</source>
        <translation>Le fichier du coffre de clés {path} est vide : son contenu a été perdu. Restaurez-le à partir d’une sauvegarde, ou configurez de nouveau cet ordinateur.</translation>
    </message>
    <message>
        <source>The zip entry cannot be read: {exc}</source>
        <translation>L'entrée du zip ne peut pas être lue : {exc}</translation>
    </message>
    <message>
        <source>The zip entry is damaged: {exc}</source>
        <translation>L'entrée du zip est endommagée : {exc}</translation>
    </message>
    <message>
        <source>The zip entry {filename!r} points outside the folder it would be unpacked into; the archive is refused</source>
        <translation>L'entrée du zip {filename!r} pointe hors du dossier où elle serait décompressée ; l'archive est refusée</translation>
    </message>
    <message>
        <source>The zip file could not be read: {problem}</source>
        <translation>Le fichier zip n'a pas pu être lu : {problem}</translation>
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
        <translation>L'en-tête {header} n'a pas la bonne taille.</translation>
    </message>
    <message>
        <source>The {header} header is not a device id.</source>
        <translation>L'en-tête {header} n'est pas un id d'appareil.</translation>
    </message>
    <message>
        <source>The {header} header is not a time.</source>
        <translation>L'en-tête {header} n'est pas une heure.</translation>
    </message>
    <message>
        <source>The {header} header is not base64.</source>
        <translation>L'en-tête {header} n'est pas du base64.</translation>
    </message>
    <message>
        <source>The {label} id '{ident}' is used twice (first in {where})</source>
        <translation>L'id de {label} '{ident}' est utilisé deux fois (la première fois dans {where})</translation>
    </message>
    <message>
        <source>There is already a user called {username}.</source>
        <translation>Il existe déjà un utilisateur nommé {username}.</translation>
    </message>
    <message>
        <source>There is already an operator called {name!r}; use 'operator password' to change the password.</source>
        <translation>Il existe déjà un opérateur nommé {name!r} ; utilisez 'operator password' pour changer le mot de passe.</translation>
    </message>
    <message>
        <source>There is more than one recovery slot.</source>
        <translation>Il y a plus d'un emplacement de récupération.</translation>
    </message>
    <message>
        <source>There is no current consent to share this client's information with {partner_name}. Record the client's consent first.</source>
        <translation>Il n'existe aucun consentement en cours pour partager les informations de cet usager avec {partner_name}. Enregistrez d'abord le consentement de l'usager.</translation>
    </message>
    <message>
        <source>There is no key slot {slot_id!r} in this vault.</source>
        <translation>Il n'y a pas d'emplacement de clé {slot_id!r} dans ce coffre.</translation>
    </message>
    <message>
        <source>There is no user {username!r} in this agency's store.</source>
        <translation>Il n'y a pas d'utilisateur {username!r} dans les données de cet organisme.</translation>
    </message>
    <message>
        <source>There is not enough free space on the disk holding {folder}: about {needed} more is needed there ({free} free now). Nothing was lost: what was being saved was not saved, and everything saved before is intact. Free some space on that disk and try again.</source>
        <translation>Il n'y a pas assez d'espace libre sur le disque qui contient {folder} : il faut environ {needed} de plus ({free} libres actuellement). Rien n'a été perdu : ce qui était en cours d'enregistrement n'a pas été enregistré, et tout ce qui l'avait été avant est intact. Libérez de la place sur ce disque, puis réessayez.</translation>
    </message>
    <message>
        <source>This ServiceRequest's id is already used by another referral here</source>
        <translation>L'id de ce ServiceRequest est déjà utilisé ici par une autre orientation</translation>
    </message>
    <message>
        <source>This agency already has a device list; enroll without one and wait for approval.</source>
        <translation>Cet organisme a déjà une liste d'appareils ; inscrivez-vous sans liste et attendez l'approbation.</translation>
    </message>
    <message>
        <source>This agency has no snapshot at the hub yet.</source>
        <translation>Cet organisme n'a pas encore d'instantané sur le serveur central.</translation>
    </message>
    <message>
        <source>This backup belongs to another agency's store. Restoring it would replace this agency's data; refusing.</source>
        <translation>Cette sauvegarde appartient aux données d'un autre organisme. La restaurer remplacerait les données de cet organisme ; refusé.</translation>
    </message>
    <message>
        <source>This backup was made by a newer CollabDesk; upgrade first.</source>
        <translation>Cette sauvegarde a été faite par une version plus récente de CollabDesk ; mettez à jour d'abord.</translation>
    </message>
    <message>
        <source>This case is assigned to someone else; ask a supervisor to assign it to you.</source>
        <translation>Ce dossier est attribué à quelqu'un d'autre ; demandez à un superviseur de vous l'attribuer.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation>Ce consentement a déjà été retiré.</translation>
    </message>
    <message>
        <source>This device holds no agency key the envelope is addressed to.</source>
        <translation>Cet appareil n'a aucune des clés d'organisme auxquelles l'enveloppe est adressée.</translation>
    </message>
    <message>
        <source>This device is already enrolled with the hub.</source>
        <translation>Cet appareil est déjà inscrit auprès du serveur central.</translation>
    </message>
    <message>
        <source>This device is waiting for approval by an active device of its agency.</source>
        <translation>Cet appareil attend l'approbation d'un appareil actif de son organisme.</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>Cela ne ressemble pas à une adresse électronique.</translation>
    </message>
    <message>
        <source>This enrollment code has already been used. Ask the hub operator for a new one.</source>
        <translation>Ce code d'inscription a déjà été utilisé. Demandez-en un nouveau au gestionnaire du serveur.</translation>
    </message>
    <message>
        <source>This enrollment code has expired. Ask the hub operator for a new one.</source>
        <translation>Ce code d'inscription a expiré. Demandez-en un nouveau au gestionnaire du serveur.</translation>
    </message>
    <message>
        <source>This enrollment code is not valid on this hub. Check it, or ask the hub operator for a new one.</source>
        <translation>Ce code d'inscription n'est pas valide sur ce serveur central. Vérifiez-le, ou demandez-en un nouveau au gestionnaire du serveur.</translation>
    </message>
    <message>
        <source>This exact request was already received; a replayed request is refused.</source>
        <translation type="vanished">Cette même requête a déjà été reçue ; une requête rejouée est refusée.</translation>
    </message>
    <message>
        <source>Choose what the partner did: accepted, declined, service started or completed.</source>
        <translation>Choisissez ce qu'a fait le partenaire : acceptée, refusée, service commencé ou terminé.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Each measure in the framework must be an object.</source>
        <translation>Chaque mesure du cadre doit être un objet.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Every date in {columns} reads both ways (for example {example}): say whether the file writes the day or the month first.</source>
        <translation>Toutes les dates de {columns} se lisent dans les deux sens (par exemple {example}) : indiquez si le fichier écrit d’abord le jour ou le mois.</translation>
    </message>
    <message>
        <source>Forms completed with the person</source>
        <translation>Formulaires remplis avec la personne</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Map at least one column to a name (first name, last name or full name).</source>
        <translation>Associez au moins une colonne à un nom (prénom, nom de famille ou nom complet).</translation>
    </message>
    <message>
        <source>Measure '{measure}' lacks the field "{field}".</source>
        <translation>Il manque le champ « {field} » à la mesure '{measure}'.</translation>
    </message>
    <message>
        <source>Measure '{measure}' names the form {form}, which the framework does not contain.</source>
        <translation>La mesure '{measure}' nomme le formulaire {form}, que le cadre ne contient pas.</translation>
    </message>
    <message>
        <source>Measure '{measure}' names the item '{item}', which the form {form} does not contain.</source>
        <translation>La mesure '{measure}' nomme la question '{item}', que le formulaire {form} ne contient pas.</translation>
    </message>
    <message>
        <source>Measure '{measure}': "followed_by" must name referrals or services.</source>
        <translation>Mesure '{measure}' : « followed_by » doit nommer des orientations ou des services.</translation>
    </message>
    <message>
        <source>Measure '{measure}': "month_of" {month_of!r} is not one of {allowed}.</source>
        <translation>Mesure '{measure}' : « month_of » {month_of!r} n'est pas l'un de {allowed}.</translation>
    </message>
    <message>
        <source>Measure '{measure}': "within_days" must be a whole number from 0 to {limit}.</source>
        <translation>Mesure '{measure}' : « within_days » doit être un nombre entier de 0 à {limit}.</translation>
    </message>
    <message>
        <source>Measure '{measure}': "{field}" is not a field of {records}.</source>
        <translation>Mesure '{measure}' : « {field} » n'est pas un champ de {records}.</translation>
    </message>
    <message>
        <source>Measure '{measure}': a "where" condition reads form responses only.</source>
        <translation>Mesure '{measure}' : une condition « where » ne lit que des réponses à des formulaires.</translation>
    </message>
    <message>
        <source>Measure '{measure}': a median is taken over records, not clients.</source>
        <translation>Mesure '{measure}' : une médiane porte sur des enregistrements, pas sur des clients.</translation>
    </message>
    <message>
        <source>Measure '{measure}': a median needs the value to take it of.</source>
        <translation>Mesure '{measure}' : une médiane a besoin de la valeur dont elle est calculée.</translation>
    </message>
    <message>
        <source>Measure '{measure}': a {kind} has a population, not a numerator and denominator.</source>
        <translation>Mesure '{measure}' : un {kind} a une population, pas un numérateur et un dénominateur.</translation>
    </message>
    <message>
        <source>Measure '{measure}': days to first service count in the month of the first service ("month_of": "first_service").</source>
        <translation>Mesure '{measure}' : les jours jusqu'au premier service comptent dans le mois du premier service (« month_of » : « first_service »).</translation>
    </message>
    <message>
        <source>Measure '{measure}': only a median takes a value.</source>
        <translation>Mesure '{measure}' : seule une médiane prend une valeur.</translation>
    </message>
    <message>
        <source>Measure '{measure}': the direction {direction!r} is neither outgoing nor incoming.</source>
        <translation>Mesure '{measure}' : la direction {direction!r} n'est ni sortante ni entrante.</translation>
    </message>
    <message>
        <source>Measure '{measure}': the field "{field}" has the wrong type.</source>
        <translation>Mesure '{measure}' : le champ « {field} » n'a pas le bon type.</translation>
    </message>
    <message>
        <source>Measure '{measure}': the kind {kind!r} is not one of {kinds}.</source>
        <translation>Mesure '{measure}' : le type {kind!r} n'est pas l'un de {kinds}.</translation>
    </message>
    <message>
        <source>Measure '{measure}': the numerator must be one "where" condition or one "followed_by".</source>
        <translation>Mesure '{measure}' : le numérateur doit être une condition « where » ou un « followed_by ».</translation>
    </message>
    <message>
        <source>Measure '{measure}': the records {records!r} are not one of {allowed}.</source>
        <translation>Mesure '{measure}' : les enregistrements {records!r} ne sont pas l'un de {allowed}.</translation>
    </message>
    <message>
        <source>Measure '{measure}': the unit {unit!r} is neither records nor clients.</source>
        <translation>Mesure '{measure}' : l'unité {unit!r} n'est ni enregistrements ni clients.</translation>
    </message>
    <message>
        <source>Measure '{measure}': {domain!r} is not a need domain (one of {allowed}).</source>
        <translation>Mesure '{measure}' : {domain!r} n'est pas un domaine de besoin (l'un de {allowed}).</translation>
    </message>
    <message>
        <source>Measure '{measure}': {why}</source>
        <translation>Mesure '{measure}' : {why}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>No figure: nothing to divide by this month.</source>
        <translation>Pas de chiffre : rien par quoi diviser ce mois-ci.</translation>
    </message>
    <message>
        <source>No measurement framework has arrived from the network yet.</source>
        <translation>Aucun cadre de mesure n'est encore arrivé du réseau.</translation>
    </message>
    <message>
        <source>No network key has been made on this hub yet: run "collabdesk-hub measures keygen".</source>
        <translation>Aucune clé de réseau n'a encore été créée sur ce hub : lancez « collabdesk-hub measures keygen ».</translation>
    </message>
    <message>
        <source>Nothing can be sent to agency {partner} yet: agency {agency} requires the post-quantum suite and agency {classical} has not moved to it. It stays queued until it has.</source>
        <translation>Rien ne peut encore être envoyé à l'organisme {partner} : l'organisme {agency} exige la suite post-quantique et l'organisme {classical} ne l'utilise pas encore. L'envoi reste en attente jusque-là.</translation>
    </message>
    <message>
        <source>Nothing to measure this month.</source>
        <translation>Rien à mesurer ce mois-ci.</translation>
    </message>
    <message>
        <source>Only a referral this agency sent has a letter.</source>
        <translation>Seule une orientation envoyée par cette structure a une lettre.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Please let us know whether you can help and when the service starts or ends, quoting the reference {code}.</source>
        <translation>Merci de nous dire si vous pouvez aider et quand le service commence ou se termine, en rappelant la référence {code}.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation>Motif de l'orientation</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Referral to {service}</source>
        <translation>Orientation vers {service}</translation>
    </message>
    <message>
        <source>Referred by {worker}</source>
        <translation>Orienté par {worker}</translation>
    </message>
    <message>
        <source>Refused an envelope from laptop “{label}” ({device}) of agency {sender_agency}: it was sealed with the classical suite, but agency {agency} requires the post-quantum suite. That laptop needs the current CollabDesk, and its agency the post-quantum suite (on its Network page).</source>
        <translation>Une enveloppe de l'ordinateur « {label} » ({device}) de l'organisme {sender_agency} a été refusée : elle était scellée avec la suite classique, mais l'organisme {agency} exige la suite post-quantique. Cet ordinateur a besoin de la version actuelle de CollabDesk, et son organisme de la suite post-quantique (sur sa page Réseau).</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Normale</translation>
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
        <source>Row {row}, column '{column}': {problem}</source>
        <translation>Ligne {row}, colonne « {column} » : {problem}</translation>
    </message>
    <message>
        <source>Shared with the person's consent ({method}, {date}); only what it covers is written here. Please keep this letter confidential.</source>
        <translation>Partagé avec le consentement de la personne ({method}, {date}) ; seul ce qu'il couvre figure ici. Merci de garder cette lettre confidentielle.</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>Bientôt</translation>
    </message>
    <message>
        <source>That import is not in this store.</source>
        <translation>Cette importation n’est pas dans ce magasin.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; it was read as Windows-1252 (Western European). Check that accented names look right in the preview.</source>
        <translation>Le fichier n’est pas du texte UTF-8 ; il a été lu en Windows-1252 (Europe occidentale). Vérifiez dans l’aperçu que les noms accentués s’affichent correctement.</translation>
    </message>
    <message>
        <source>The framework has more than {limit} measures.</source>
        <translation>Le cadre a plus de {limit} mesures.</translation>
    </message>
    <message>
        <source>The framework has no measures.</source>
        <translation>Le cadre n'a aucune mesure.</translation>
    </message>
    <message>
        <source>The framework holds the form {form} twice.</source>
        <translation>Le cadre contient deux fois le formulaire {form}.</translation>
    </message>
    <message>
        <source>The framework holds the measure '{measure}' twice.</source>
        <translation>Le cadre contient deux fois la mesure '{measure}'.</translation>
    </message>
    <message>
        <source>The framework is larger than {limit} MiB.</source>
        <translation>Le cadre dépasse {limit} Mio.</translation>
    </message>
    <message>
        <source>The framework is not readable JSON.</source>
        <translation>Le cadre n'est pas du JSON lisible.</translation>
    </message>
    <message>
        <source>The framework is signed with another network key ({fingerprint}) than the one this laptop pinned; it was refused. Ask the network's backbone.</source>
        <translation>Le cadre est signé avec une autre clé de réseau ({fingerprint}) que celle que cet ordinateur a retenue ; il a été refusé. Demandez à l'organisation pilote du réseau.</translation>
    </message>
    <message>
        <source>The framework is written in format {format}; this version reads format {supported}.</source>
        <translation>Le cadre est écrit au format {format} ; cette version lit le format {supported}.</translation>
    </message>
    <message>
        <source>The framework's field "{field}" is missing or has the wrong type.</source>
        <translation>Le champ « {field} » du cadre manque ou n'a pas le bon type.</translation>
    </message>
    <message>
        <source>The framework's form {form} is refused: {why}</source>
        <translation>Le formulaire {form} du cadre est refusé : {why}</translation>
    </message>
    <message>
        <source>The framework's version must be a whole number from 1.</source>
        <translation>La version du cadre doit être un nombre entier à partir de 1.</translation>
    </message>
    <message>
        <source>The framework's version {version} is not newer than the current version {current}.</source>
        <translation>La version {version} du cadre n'est pas plus récente que la version actuelle {current}.</translation>
    </message>
    <message>
        <source>The measurement framework is not signed with the network key; it was refused.</source>
        <translation>Le cadre de mesure n'est pas signé avec la clé du réseau ; il a été refusé.</translation>
    </message>
    <message>
        <source>The measurement framework's signature does not match the network key this laptop pinned; it was refused.</source>
        <translation>La signature du cadre de mesure ne correspond pas à la clé de réseau retenue par cet ordinateur ; il a été refusé.</translation>
    </message>
    <message>
        <source>The network key's passphrase needs at least {minimum} characters.</source>
        <translation>La phrase secrète de la clé de réseau doit compter au moins {minimum} caractères.</translation>
    </message>
    <message>
        <source>The passphrase does not open the network key.</source>
        <translation>La phrase secrète n'ouvre pas la clé de réseau.</translation>
    </message>
    <message>
        <source>The post-quantum suite cannot be required yet: {labels} must sync with the current CollabDesk first.</source>
        <translation>La suite post-quantique ne peut pas encore être exigée : {labels} doivent d'abord se synchroniser avec la version actuelle de CollabDesk.</translation>
    </message>
    <message>
        <source>The spreadsheet could not be read ({problem}); is it an .xlsx file?</source>
        <translation>Le tableur n’a pas pu être lu ({problem}) ; est-ce bien un fichier .xlsx ?</translation>
    </message>
    <message>
        <source>This agency already requires the post-quantum suite.</source>
        <translation>Cet organisme exige déjà la suite post-quantique.</translation>
    </message>
    <message>
        <source>This file is not a FHIR resource: it has no resourceType</source>
        <translation>Ce fichier n'est pas une ressource FHIR : il n'a pas de resourceType</translation>
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
        <source>This is a FHIR {found}, not a Bundle</source>
        <translation>Ceci est un {found} FHIR, pas un Bundle</translation>
    </message>
    <message>
        <source>This is not a CollabDesk measurement framework.</source>
        <translation>Ce n'est pas un cadre de mesure CollabDesk.</translation>
    </message>
    <message>
        <source>This is not a valid zip file: {exc}</source>
        <translation>Ce n'est pas un fichier zip valide : {exc}</translation>
    </message>
    <message>
        <source>This is one of the most common passwords; choose something else.</source>
        <translation>C'est l'un des mots de passe les plus courants ; choisissez autre chose.</translation>
    </message>
    <message>
        <source>This is the agency's first device: it must bring the agency's device list (entries 0 and 1).</source>
        <translation>C'est le premier appareil de l'organisme : il doit apporter la liste d'appareils de l'organisme (entrées 0 et 1).</translation>
    </message>
    <message>
        <source>This is the agency's first laptop on the hub: give the agency's hub id as well (it is printed with the enrolment code).</source>
        <translation>C'est le premier ordinateur de l'organisme sur le serveur central : indiquez aussi l'identifiant de l'organisme sur le serveur (il est imprimé avec le code d'inscription).</translation>
    </message>
    <message>
        <source>This laptop has been removed from the agency's devices and can no longer sync.</source>
        <translation>Cet ordinateur a été retiré des appareils de l'organisme et ne peut plus se synchroniser.</translation>
    </message>
    <message>
        <source>This laptop has changes the hub does not have yet; sync first, then make the snapshot.</source>
        <translation>Cet ordinateur a des modifications que le serveur central n'a pas encore ; synchronisez d'abord, puis faites l'instantané.</translation>
    </message>
    <message>
        <source>This laptop has no device keys yet; enrol it with the hub first.</source>
        <translation>Cet ordinateur n'a pas encore de clés d'appareil ; inscrivez-le d'abord auprès du serveur central.</translation>
    </message>
    <message>
        <source>This laptop is already enrolled with {hub_url} (agency {hub_agency_id}).</source>
        <translation>Cet ordinateur est déjà inscrit auprès de {hub_url} (organisme {hub_agency_id}).</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with a hub yet. An administrator can enrol it with the enrolment code from the hub operator.</source>
        <translation>Cet ordinateur n'est pas encore inscrit auprès d'un serveur central. Un administrateur peut l'inscrire avec le code d'inscription fourni par le gestionnaire du serveur.</translation>
    </message>
    <message>
        <source>This laptop was set up to join an agency that already uses the hub, but the hub has no laptop of this agency yet. Enrol the agency's first laptop first (its code can be used again).</source>
        <translation>Cet ordinateur a été configuré pour rejoindre un organisme qui utilise déjà le serveur central, mais le serveur n'a encore aucun ordinateur de cet organisme. Inscrivez d'abord le premier ordinateur de l'organisme (son code peut être réutilisé).</translation>
    </message>
    <message>
        <source>This laptop's post-quantum key is not the one its agency has for it (was its store restored from a backup older than its upgrade?). It cannot receive new agency keys: remove it on another laptop and enrol it again.</source>
        <translation>La clé post-quantique de cet ordinateur n'est pas celle que son organisme a pour lui (ses données ont-elles été restaurées depuis une sauvegarde antérieure à sa mise à jour ?). Il ne peut plus recevoir de nouvelles clés de l'organisme : retirez-le depuis un autre ordinateur et inscrivez-le à nouveau.</translation>
    </message>
    <message>
        <source>This linkId is used by more than one item; each item needs its own.</source>
        <translation>Ce linkId est utilisé par plusieurs éléments ; chaque élément doit avoir le sien.</translation>
    </message>
    <message>
        <source>This looks like an STU3 Questionnaire ({elements}); CollabDesk reads FHIR R4. Convert it to R4 first.</source>
        <translation>Ceci ressemble à un Questionnaire STU3 ({elements}) ; CollabDesk lit FHIR R4. Convertissez-le d’abord en R4.</translation>
    </message>
    <message>
        <source>This may be {given_name} {family_name}, who is already registered ({reasons}). Open the existing record, or confirm that this is a different person.</source>
        <translation>Il pourrait s'agir de {given_name} {family_name}, déjà enregistré·e ({reasons}). Ouvrez la fiche existante, ou confirmez qu'il s'agit d'une autre personne.</translation>
    </message>
    <message>
        <source>This partner is on the hub: its answers arrive by themselves and cannot be recorded by hand.</source>
        <translation>Ce partenaire est sur le serveur central : ses réponses arrivent d'elles-mêmes et ne peuvent pas être saisies à la main.</translation>
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
        <translation>Cette orientation est déjà à l'état {status}.</translation>
    </message>
    <message>
        <source>This response is to a sensitive form; only its author and supervisors may read it.</source>
        <translation>Cette réponse porte sur un formulaire confidentiel ; seuls son auteur et les superviseurs peuvent la lire.</translation>
    </message>
    <message>
        <source>This row has {values} values but the header has {columns} columns; a comma or quote is probably out of place</source>
        <translation>Cette ligne a {values} valeurs mais l'en-tête a {columns} colonnes ; une virgule ou un guillemet est sans doute mal placé</translation>
    </message>
    <message>
        <source>This session has no data folder to back up into.</source>
        <translation>Cette session n'a pas de dossier de données où enregistrer la sauvegarde.</translation>
    </message>
    <message>
        <source>This session has no data folder to back up.</source>
        <translation>Cette session n'a pas de dossier de données à sauvegarder.</translation>
    </message>
    <message>
        <source>This session has no data folder to keep passphrases in.</source>
        <translation>Cette session n'a pas de dossier de données où conserver les phrases secrètes.</translation>
    </message>
    <message>
        <source>This store has no recovery code; an administrator must reset access.</source>
        <translation>Ces données n'ont pas de code de récupération ; un administrateur doit rétablir l'accès.</translation>
    </message>
    <message>
        <source>This store was written by a newer CollabDesk (schema {version}; this version reads up to {supported}). Install the newer version to open it.</source>
        <translation>Ces données ont été écrites par une version plus récente de CollabDesk (schéma {version} ; cette version lit jusqu'à {supported}). Installez la version plus récente pour les ouvrir.</translation>
    </message>
    <message>
        <source>This value is {length} characters long; values over {most} characters are not imported</source>
        <translation>Cette valeur compte {length} caractères ; les valeurs de plus de {most} caractères ne sont pas importées</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
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
        <translation>Deux emplacements partagent un id ou un nom d'utilisateur.</translation>
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
        <translation>Type d'emplacement inconnu {kind!r}.</translation>
    </message>
    <message>
        <source>Unknown status '{status}'; expected one of {expected}</source>
        <translation>Statut inconnu '{status}' ; l'un de ceux-ci était attendu : {expected}</translation>
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
        <translation>La mise à niveau des données a échoué à l'étape {name} : {exc}. Les données sont restées à la version {version} ; rien n'a été perdu.</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>User {label!r} already has a key slot; reset their passphrase instead.</source>
        <translation>L'utilisateur {label!r} a déjà un emplacement de clé ; réinitialisez plutôt sa phrase secrète.</translation>
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
        <translation>En attente qu'un autre ordinateur de l'organisme partage la clé actuelle de l'organisme ; synchronisez cet ordinateur, puis réessayez.</translation>
    </message>
    <message>
        <source>Weak: add a few more words or characters.</source>
        <translation>Faible : ajoutez quelques mots ou caractères de plus.</translation>
    </message>
    <message>
        <source>Withheld: it would reveal a small count.</source>
        <translation>Masqué : il révélerait un petit effectif.</translation>
    </message>
    <message>
        <source>Wrong length.</source>
        <translation>Longueur incorrecte.</translation>
    </message>
    <message>
        <source>Year of birth off by one ({mine} / {theirs})</source>
        <translation>L'année de naissance diffère d'un an ({mine} / {theirs})</translation>
    </message>
    <message>
        <source>You cannot remove your own admin role; ask another admin.</source>
        <translation>Vous ne pouvez pas retirer votre propre rôle d'administrateur ; demandez à un autre administrateur.</translation>
    </message>
    <message>
        <source>You cannot remove yourself; ask another admin.</source>
        <translation>Vous ne pouvez pas vous retirer vous-même ; demandez à un autre administrateur.</translation>
    </message>
    <message>
        <source>a display item cannot be required or repeat; that is ignored.</source>
        <translation>un élément display ne peut être ni obligatoire ni répété ; ce réglage est ignoré.</translation>
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
        <translation>clés de l'organisme</translation>
    </message>
    <message>
        <source>an answer's coding has no code.</source>
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
        <translation>modifier des fiches d'usagers</translation>
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
        <translation>created n'est pas un horodatage</translation>
    </message>
    <message>
        <source>datapackage.json lists {listed}, but the file is missing</source>
        <translation>datapackage.json mentionne {listed}, mais le fichier est absent</translation>
    </message>
    <message>
        <source>datapackage.json must be an object with a 'resources' list</source>
        <translation>datapackage.json doit être un objet avec une liste 'resources'</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>device keys</source>
        <translation>clés d'appareil</translation>
    </message>
    <message>
        <source>electronic</source>
        <translation>électronique</translation>
    </message>
    <message>
        <source>enableBehavior must be 'any' or 'all', not {behavior}.</source>
        <translation>enableBehavior doit être 'any' ou 'all', pas {behavior}.</translation>
    </message>
    <message>
        <source>enableWhen conditions go round in a circle ({loop}): none of them can ever be answered first.</source>
        <translation>les conditions enableWhen forment une boucle ({loop}) : on ne peut jamais répondre en premier à aucune de ces questions.</translation>
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
        <source>high</source>
        <translation>élevée</translation>
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
        <source>low</source>
        <translation>faible</translation>
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
        <translation>maxLength n’a pas de sens sur une question de type {type} ; il est ignoré.</translation>
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
        <source>medium</source>
        <translation>moyenne</translation>
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
        <source>modifier extensions change the item's meaning in ways CollabDesk cannot check.</source>
        <translation>les extensions modificatrices changent le sens de l’élément d’une manière que CollabDesk ne peut pas vérifier.</translation>
    </message>
    <message>
        <source>modular forms</source>
        <translation>les formulaires modulaires</translation>
    </message>
    <message>
        <source>nonce is not 12 bytes of base64</source>
        <translation>nonce n'est pas 12 octets en base64</translation>
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
        <translation>lire le journal d'audit</translation>
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
        <source>score {score}</source>
        <translation>score {score}</translation>
    </message>
    <message>
        <source>see cases</source>
        <translation>voir des dossiers</translation>
    </message>
    <message>
        <source>see client records</source>
        <translation>voir des fiches d'usagers</translation>
    </message>
    <message>
        <source>see every case of the agency</source>
        <translation>voir tous les dossiers de l'organisme</translation>
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
        <translation>sender n'est pas un id d'appareil</translation>
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
        <translation>la liste de réponses #{ref} utilise des filtres ou d’autres jeux de valeurs ; listez plutôt ses concepts.</translation>
    </message>
    <message>
        <source>the answer list {ref} is not inside the form and cannot be read offline; the answer is typed as a code.</source>
        <translation>la liste de réponses {ref} n’est pas dans le formulaire et ne peut pas être lue hors ligne ; la réponse est saisie sous forme de code.</translation>
    </message>
    <message>
        <source>the attachment is larger than {limit} kB; attach it to the case instead.</source>
        <translation>la pièce jointe dépasse {limit} Ko ; joignez-la plutôt au dossier.</translation>
    </message>
    <message>
        <source>the choice item lists no answers; the answer is typed.</source>
        <translation>la question de type choice ne propose aucune réponse ; la réponse est saisie librement.</translation>
    </message>
    <message>
        <source>the extension {url} is not known to CollabDesk; it is ignored.</source>
        <translation>l’extension {url} est inconnue de CollabDesk ; elle est ignorée.</translation>
    </message>
    <message>
        <source>the extension {url} only changes presentation or serves data extraction; it is ignored.</source>
        <translation>l’extension {url} ne concerne que la présentation ou l’extraction de données ; elle est ignorée.</translation>
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
        <translation>le contrôle d’élément {control} n’est pas pris en charge ; l’élément est affiché avec le contrôle habituel de son type.</translation>
    </message>
    <message>
        <source>the item has more than one calculatedExpression.</source>
        <translation>l’élément a plus d’une calculatedExpression.</translation>
    </message>
    <message>
        <source>the same calculatedExpression is given twice; it is used once.</source>
        <translation>la même calculatedExpression figure deux fois ; elle n’est utilisée qu’une fois.</translation>
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
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <source>verbal</source>
        <translation>verbal</translation>
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
        <source>written</source>
        <translation>écrit</translation>
    </message>
    <message>
        <source>{base_url!r} is not a hub address; give it as https://host[:port] (or http:// on a closed network).</source>
        <translation>{base_url!r} n'est pas une adresse de serveur central ; écrivez-la sous la forme https://hôte[:port] (ou http:// sur un réseau fermé).</translation>
    </message>
    <message>
        <source>{count} of this import's records were edited or used since it was made, so it can no longer be undone as a whole; change those records one by one instead.</source>
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
        <translation>{form} est retiré : il n’accepte plus de nouvelles réponses.</translation>
    </message>
    <message>
        <source>{id!r} is not a measure id: use lower-case letters, digits and _ (up to 64).</source>
        <translation>{id!r} n'est pas un identifiant de mesure : utilisez des minuscules, des chiffres et _ (64 au plus).</translation>
    </message>
    <message>
        <source>{key} is not an agency id</source>
        <translation>{key} n'est pas un id d'organisme</translation>
    </message>
    <message>
        <source>{key} {value} is not a valid value of that type.</source>
        <translation>{key} {value} n’est pas une valeur valide pour ce type.</translation>
    </message>
    <message>
        <source>{month!r} is not a month; write it as YYYY-MM, e.g. 2026-10.</source>
        <translation>{month!r} n'est pas un mois ; écrivez-le sous la forme AAAA-MM, p. ex. 2026-10.</translation>
    </message>
    <message>
        <source>{name!r} cannot be shared.</source>
        <translation>{name!r} ne peut pas être partagé.</translation>
    </message>
    <message>
        <source>{name!r} is not a usable operator name: use 1-55 letters, digits and . _ @ -, starting with a letter or digit.</source>
        <translation>{name!r} n'est pas un nom d'opérateur utilisable : utilisez de 1 à 55 lettres, chiffres et . _ @ -, en commençant par une lettre ou un chiffre.</translation>
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
        <translation>{name} a un cadre d'enveloppe mal formé.</translation>
    </message>
    <message>
        <source>{name} has a malformed header.</source>
        <translation>{name} a un en-tête mal formé.</translation>
    </message>
    <message>
        <source>{name} holds a different number of envelopes than it says.</source>
        <translation>{name} contient un nombre d'enveloppes différent de celui annoncé.</translation>
    </message>
    <message>
        <source>{name} is cut short; copy it again.</source>
        <translation>{name} est tronqué ; copiez-le à nouveau.</translation>
    </message>
    <message>
        <source>{name} is damaged: its header cannot be read. Use another backup.</source>
        <translation>{name} est endommagé : son en-tête est illisible. Utilisez une autre sauvegarde.</translation>
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
        <translation>{name} est endommagé ou incomplet (sa somme de contrôle ne correspond pas) ; copiez-le à nouveau depuis l'autre ordinateur.</translation>
    </message>
    <message>
        <source>{name} is incomplete or damaged ({size} bytes, expected {expected}).</source>
        <translation type="vanished">{name} est incomplet ou endommagé ({size} octets ; {expected} attendus).</translation>
    </message>
    <message>
        <source>{name} is larger than a bundle can be.</source>
        <translation>{name} est plus grand qu'un paquet ne peut l'être.</translation>
    </message>
    <message>
        <source>{name} is not a CollabDesk backup.</source>
        <translation>{name} n'est pas une sauvegarde CollabDesk.</translation>
    </message>
    <message>
        <source>{name} is not a CollabDesk sync bundle.</source>
        <translation>{name} n'est pas un paquet de synchronisation CollabDesk.</translation>
    </message>
    <message>
        <source>{name} is not a readable CollabDesk backup ({exc}).</source>
        <translation type="vanished">{name} n'est pas une sauvegarde CollabDesk lisible ({exc}).</translation>
    </message>
    <message>
        <source>{name} was altered or damaged; it cannot be trusted.</source>
        <translation>{name} a été modifié ou est endommagé ; on ne peut pas s'y fier.</translation>
    </message>
    <message>
        <source>{name} was written by a newer CollabDesk; update this one.</source>
        <translation>{name} a été écrit par une version plus récente de CollabDesk ; mettez celle-ci à jour.</translation>
    </message>
    <message>
        <source>{n} GB</source>
        <translation>{n} Go</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} Mo</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} octets</translation>
    </message>
    <message>
        <source>{n} kB</source>
        <translation>{n} ko</translation>
    </message>
    <message>
        <source>{problem} ({where})</source>
        <translation>{problem} ({where})</translation>
    </message>
    <message>
        <source>{problem} Nothing was changed. Restore the store from a backup ('collabdesk restore FILE'), or move this data folder aside and set the laptop up again to fetch the agency's records from the hub (see the IT guide).</source>
        <translation>{problem} Rien n’a été modifié. Restaurez les données à partir d’une sauvegarde ('collabdesk restore FILE'), ou mettez ce répertoire de données de côté et configurez de nouveau l’ordinateur pour récupérer les données de l’organisme depuis le serveur central (voir le guide informatique).</translation>
    </message>
    <message>
        <source>{problem} at {path}</source>
        <translation>{problem} à {path}</translation>
    </message>
    <message>
        <source>{resource} has no {element}</source>
        <translation>{resource} n'a pas de {element}</translation>
    </message>
    <message>
        <source>{resource}.{element} has a value that cannot be read: '{value}'</source>
        <translation>{resource}.{element} a une valeur illisible : « {value} »</translation>
    </message>
    <message>
        <source>{resource}.{element} points to a {found}, not a ServiceRequest</source>
        <translation>{resource}.{element} désigne un {found}, pas un ServiceRequest</translation>
    </message>
    <message>
        <source>{resource}.{element} points to {reference}, which is not in the Bundle</source>
        <translation>{resource}.{element} désigne {reference}, qui n'est pas dans le Bundle</translation>
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
        <translation>{source} fait {megabytes} Mo ; un formulaire peut faire au plus {limit} Mo.</translation>
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
        <translation>{user} n'est pas autorisé·e à {what}. Demandez à un superviseur ou à un administrateur.</translation>
    </message>
    <message>
        <source>{value!r} is not a valid {key}.</source>
        <translation>{value!r} n'est pas une valeur valide pour {key}.</translation>
    </message>
    <message>
        <source>{value} is not one of the item's answers.</source>
        <translation>{value} ne fait pas partie des réponses de la question.</translation>
    </message>
    <message>
        <source>{version!r} is not a version number; give it like 0.2.0.</source>
        <translation>{version!r} n'est pas un numéro de version ; écrivez-le comme 0.2.0.</translation>
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
        <translation>Les données n'ont pas pu être créées : {error}</translation>
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
        <translation>Vous avez des modifications non enregistrées : {what}. Les enregistrer avant de continuer ?</translation>
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
        <translation>Nom d’utilisateur :</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase de passe :</translation>
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
        <translation>Nouvelle phrase de passe :</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Répétez-la :</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Robustesse :</translation>
    </message>
    <message>
        <source>Use four or more unrelated words; a sentence you will remember works well.</source>
        <translation>Utilisez au moins quatre mots sans rapport entre eux ; une phrase dont vous vous souviendrez convient bien.</translation>
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
        <source>This recovery code unlocks the agency's data if every passphrase is forgotten. It is shown only now. Print it or save it to a USB stick, and keep it locked away — anyone with it can open the store.</source>
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
        <translation>Organisme : {name}</translation>
    </message>
    <message>
        <source>Keep this paper locked away. Anyone holding it can open the agency's store on this laptop.</source>
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
        <translation>Le fichier n’a pas pu être écrit : {error}</translation>
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
        <translation>Conditions d'accès : {v}</translation>
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
        <source>Import a form (FHIR Questionnaire)</source>
        <translation>Importer un formulaire (FHIR Questionnaire)</translation>
    </message>
    <message>
        <source>FHIR Questionnaires (*.json);;All files (*)</source>
        <translation>Questionnaires FHIR (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import a partner directory (HSDS)</source>
        <translation>Importer un répertoire de partenaires (HSDS)</translation>
    </message>
    <message>
        <source>HSDS packages (*.json *.zip);;All files (*)</source>
        <translation>Paquets HSDS (*.json *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save the referral as a FHIR file</source>
        <translation>Enregistrer l'orientation en fichier FHIR</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json);;All files (*)</source>
        <translation>FHIR JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save the referral letter</source>
        <translation>Enregistrer la lettre d'orientation</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Import a FHIR file</source>
        <translation>Importer un fichier FHIR</translation>
    </message>
</context>
<context>
    <name>FillDialog</name>
    <message>
        <source>Amend: %1</source>
        <translation>Modifier : %1</translation>
    </message>
    <message>
        <source>Fill in: %1</source>
        <translation>Remplir : %1</translation>
    </message>
    <message>
        <source>Sensitive form: only you and supervisors will see these answers.</source>
        <translation>Formulaire confidentiel : ces réponses ne seront visibles que par vous et les superviseurs.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>What the answers suggest</source>
        <translation>Ce que suggèrent les réponses</translation>
    </message>
    <message>
        <source>Save as &amp;draft</source>
        <translation>Enregistrer comme &amp;brouillon</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>Enregistrer comme brouillon</translation>
    </message>
    <message>
        <source>Keep what is typed so far; finish it later.</source>
        <translation>Garde ce qui est saisi ; terminez plus tard.</translation>
    </message>
    <message>
        <source>Save &amp;amendment</source>
        <translation>Enregistrer la &amp;modification</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Save the amendment</source>
        <translation>Enregistrer la modification</translation>
    </message>
    <message>
        <source>Complete the form</source>
        <translation>Terminer le formulaire</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Score : %1</translation>
    </message>
    <message>
        <source>When completed, this suggests: %1</source>
        <translation>Une fois terminé, ceci suggère : %1</translation>
    </message>
    <message>
        <source>Some answers need attention: see the messages beside them.</source>
        <translation>Certaines réponses demandent votre attention : voyez les messages à côté.</translation>
    </message>
    <message>
        <source>Some answers could not be read: see the messages beside them.</source>
        <translation>Certaines réponses n’ont pas pu être lues : voyez les messages à côté.</translation>
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
    <name>FormDialogs</name>
    <message>
        <source>Amended</source>
        <translation>Modifiée</translation>
    </message>
</context>
<context>
    <name>FormEditors</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>(a file)</source>
        <translation>(un fichier)</translation>
    </message>
    <message>
        <source>This is not a valid answer here.</source>
        <translation>Cette réponse n’est pas valable ici.</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(pas de réponse)</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Autre :</translation>
    </message>
    <message>
        <source>Other answer to: %1</source>
        <translation>Autre réponse à : %1</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation>Effacer la réponse</translation>
    </message>
    <message>
        <source>Clear the answer to: %1</source>
        <translation>Effacer la réponse à : %1</translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation>Saisissez un nombre entier.</translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation>Saisissez un nombre.</translation>
    </message>
    <message>
        <source>No file</source>
        <extracomment>picks the file; replaced in tests</extracomment>
        <translation>Aucun fichier</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Choose a file for: %1</source>
        <translation>Choisir un fichier pour : %1</translation>
    </message>
    <message>
        <source>Add another answer</source>
        <translation>Ajouter une autre réponse</translation>
    </message>
    <message>
        <source>Add another answer to: %1</source>
        <translation>Ajouter une autre réponse à : %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove this answer to: %1</source>
        <translation>Retirer cette réponse à : %1</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Lecture de « %1 »…</translation>
    </message>
    <message>
        <source>“%1” is no longer there: it was moved or deleted after it was chosen. The answer was not changed.</source>
        <translation>« %1 » n'est plus là : il a été déplacé ou supprimé après avoir été choisi. La réponse n'a pas été modifiée.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: you do not have permission to open it. The answer was not changed.</source>
        <translation>Impossible de lire « %1 » : vous n'avez pas l'autorisation de l'ouvrir. La réponse n'a pas été modifiée.</translation>
    </message>
    <message>
        <source>“%1” is %2; a file in a form can be at most %3 MB. The answer was not changed.</source>
        <translation>« %1 » fait %2 ; un fichier dans un formulaire peut faire au plus %3 Mo. La réponse n'a pas été modifiée.</translation>
    </message>
    <message>
        <source>“%1” could not be read (%2). The answer was not changed.</source>
        <translation>Impossible de lire « %1 » (%2). La réponse n'a pas été modifiée.</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Add another: %1</source>
        <translation>Ajouter encore : %1</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Aide : %1</translation>
    </message>
</context>
<context>
    <name>FormsAdmin</name>
    <message>
        <source>Agency fields (client profile)</source>
        <translation>Champs de l’organisme (fiche de l’usager)</translation>
    </message>
    <message>
        <source>Assessment (case)</source>
        <translation>Évaluation (dossier)</translation>
    </message>
    <message>
        <source>Screening (case)</source>
        <translation>Dépistage (dossier)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>%1 responses · %2 cases · %3 clients</source>
        <translation>%1 réponses · %2 dossiers · %3 usagers</translation>
    </message>
</context>
<context>
    <name>FormsAdminPanel</name>
    <message>
        <source>Forms</source>
        <translation>Formulaires</translation>
    </message>
    <message>
        <source>Use of the form to import</source>
        <translation>Usage du formulaire à importer</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>&amp;Usage :</translation>
    </message>
    <message>
        <source>&amp;Sensitive (like sensitive notes)</source>
        <translation>&amp;Confidentiel (comme les notes confidentielles)</translation>
    </message>
    <message>
        <source>Import as a sensitive form</source>
        <translation>Importer comme formulaire confidentiel</translation>
    </message>
    <message>
        <source>&amp;Import a form…</source>
        <translation>&amp;Importer un formulaire…</translation>
    </message>
    <message>
        <source>Import a form from a file</source>
        <translation>Importer un formulaire depuis un fichier</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Retire the selected form</source>
        <translation>Retirer le formulaire sélectionné</translation>
    </message>
    <message>
        <source>Rei&amp;nstate</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <source>Reinstate the selected form</source>
        <translation>Rétablir le formulaire sélectionné</translation>
    </message>
    <message>
        <source>Import warnings</source>
        <translation>Avertissements de l’importation</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Résultat de l’importation</translation>
    </message>
    <message>
        <source>%1 (version %2): parts CollabDesk does not use are listed below.</source>
        <translation>%1 (version %2) : les parties que CollabDesk n’utilise pas sont listées ci-dessous.</translation>
    </message>
    <message>
        <source>%1 (version %2) was already imported.</source>
        <translation>%1 (version %2) était déjà importé.</translation>
    </message>
    <message>
        <source>Imported %1 (version %2).</source>
        <translation>Importé : %1 (version %2).</translation>
    </message>
    <message>
        <source>Parts of it CollabDesk does not use are listed below.</source>
        <translation>Les parties que CollabDesk n’utilise pas sont listées ci-dessous.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Your cases: the clients you work with, overdue work first. Type in the filter box to narrow the list; choose which statuses to show on the right.</source>
        <extracomment>section key → (what the page is for, keys that work on it); untranslated (context "Help")</extracomment>
        <translation>Vos dossiers : les usagers que vous suivez, le travail en retard d’abord. Tapez dans la zone de filtre pour réduire la liste ; choisissez à droite les statuts à afficher.</translation>
    </message>
    <message>
        <source>Arrows: move · Enter: open the case · Esc in the filter: clear it</source>
        <translation>Flèches : se déplacer · Enter : ouvrir le dossier · Esc dans le filtre : l’effacer</translation>
    </message>
    <message>
        <source>Every case of the agency, for supervisors: who works on what, and which cases have overdue tasks.</source>
        <translation>Tous les dossiers de l’organisme, pour les superviseurs : qui travaille sur quoi, et quels dossiers ont des tâches en retard.</translation>
    </message>
    <message>
        <source>Find a client by name, phone number or date of birth — misspelt names are found too — and see their cases. Register a new client with New intake: it warns you about a likely duplicate before anything is saved.</source>
        <translation>Trouvez un usager par son nom, son numéro de téléphone ou sa date de naissance — même si le nom est mal orthographié — et consultez ses dossiers. Inscrivez un nouvel usager avec Nouvel accueil : un doublon probable vous est signalé avant tout enregistrement.</translation>
    </message>
    <message>
        <source>Ctrl+N: new intake · Enter in the results: go to the client's cases · Enter on a case: open it</source>
        <translation>Ctrl+N : nouvel accueil · Enter dans les résultats : aller aux dossiers de l’usager · Enter sur un dossier : l’ouvrir</translation>
    </message>
    <message>
        <source>Referrals from partners (Incoming) and to partners (Outgoing). New incoming referrals are in bold: accept or decline them. The State column says where each referral is: still on this laptop, at the hub, delivered, or answered by the partner.</source>
        <translation>Orientations reçues des partenaires (Reçues) et envoyées aux partenaires (Envoyées). Les nouvelles orientations reçues sont en gras : acceptez-les ou refusez-les. La colonne État indique où en est chaque orientation : encore sur cet ordinateur, sur le serveur central, remise, ou avec une réponse du partenaire.</translation>
    </message>
    <message>
        <source>Ctrl+Tab: other tab · Arrows: move · the buttons under the list act on the selected referral</source>
        <translation>Ctrl+Tab : autre onglet · Flèches : se déplacer · les boutons sous la liste agissent sur l’orientation sélectionnée</translation>
    </message>
    <message>
        <source>Follow-ups with a due date. Tick a task when it is done; Undo appears for a few seconds if you ticked the wrong one.</source>
        <translation>Suivis avec une échéance. Cochez une tâche quand elle est faite ; si vous vous êtes trompé de tâche, Annuler apparaît pendant quelques secondes.</translation>
    </message>
    <message>
        <source>Space: tick the selected task · Ctrl+Z: undo · Enter: open the task's case</source>
        <translation>Space : cocher la tâche sélectionnée · Ctrl+Z : annuler · Enter : ouvrir le dossier de la tâche</translation>
    </message>
    <message>
        <source>The partner agencies and the services they offer, for finding where to refer a client. An administrator imports a directory file (Open Referral HSDS) or adds partners by hand.</source>
        <translation>Les organismes partenaires et leurs services, pour savoir vers qui orienter un usager. Un administrateur importe un fichier de répertoire (Open Referral HSDS) ou ajoute des partenaires à la main.</translation>
    </message>
    <message>
        <source>Type to search · Arrows: move · the pane on the right shows how to reach the selected service</source>
        <translation>Tapez pour rechercher · Flèches : se déplacer · le volet de droite indique comment joindre le service sélectionné</translation>
    </message>
    <message>
        <source>Records edited on two laptops at once. The newer version is shown meanwhile; here a supervisor picks the right one or types a merged value, so nothing is silently lost.</source>
        <translation>Enregistrements modifiés sur deux ordinateurs en même temps. En attendant, la version la plus récente est affichée ; ici, un superviseur choisit la bonne ou saisit une valeur fusionnée, pour que rien ne se perde sans qu’on le sache.</translation>
    </message>
    <message>
        <source>Arrows: move · choose a version, then Resolve</source>
        <translation>Flèches : se déplacer · choisissez une version, puis Résoudre</translation>
    </message>
    <message>
        <source>The monthly summary for the network. Choose the month and Preview: what you see is exactly what an export or a submission holds, with small counts withheld.</source>
        <translation>Le bilan mensuel pour le réseau. Choisissez le mois, puis Aperçu : ce que vous voyez est exactement ce que contient un export ou une soumission, les petits effectifs étant masqués.</translation>
    </message>
    <message>
        <source>Tab: move between the period, Preview and the export buttons</source>
        <translation>Tab : passer de la période à Aperçu et aux boutons d’export</translation>
    </message>
    <message>
        <source>Users of this laptop, backups, the agency's settings and its forms. Passphrases belong to this laptop; roles apply on every laptop. Forms: import a FHIR Questionnaire (a file that is refused says which item is wrong), see where each version is used, retire one to stop new responses (old ones are still shown).</source>
        <translation>Utilisateurs de cet ordinateur, sauvegardes, réglages de l’organisme et ses formulaires. Les phrases de passe sont propres à cet ordinateur ; les rôles valent sur tous. Formulaires : importez un FHIR Questionnaire (un fichier refusé indique l’élément en cause), voyez où chaque version est utilisée, retirez-en un pour arrêter les nouvelles réponses (les anciennes restent affichées).</translation>
    </message>
    <message>
        <source>One case: the client's profile (with the agency's own fields), needs, services, notes, tasks, consent, referrals, and assessments and screenings with their latest scores. Changes you type are kept if you leave or the laptop locks; you are asked before anything is lost.</source>
        <translation>Un dossier : la fiche de l’usager (avec les champs propres à l’organisme), besoins, services, notes, tâches, consentement, orientations, et évaluations et dépistages avec leurs derniers scores. Ce que vous saisissez est gardé si vous partez ou si l’ordinateur se verrouille ; on vous demande avant de perdre quoi que ce soit.</translation>
    </message>
    <message>
        <source>Users of this laptop, backups and the agency's settings. Passphrases belong to this laptop; roles apply on every laptop.</source>
        <translation type="vanished">Utilisateurs de cet ordinateur, sauvegardes et paramètres de l’organisme. Les phrases de passe sont propres à cet ordinateur ; les rôles s’appliquent sur tous les ordinateurs.</translation>
    </message>
    <message>
        <source>Ctrl+Tab: next tab · Enter on a user: edit</source>
        <translation>Ctrl+Tab : onglet suivant · Enter sur un utilisateur : le modifier</translation>
    </message>
    <message>
        <source>Connecting this laptop to the partner hub, approving the agency's other laptops, and offline bundles for places with no connection. Compare fingerprints by phone before approving.</source>
        <translation>Connexion de cet ordinateur au serveur central du réseau, approbation des autres ordinateurs de l’organisme, et lots hors ligne pour les lieux sans connexion. Comparez les empreintes par téléphone avant d’approuver.</translation>
    </message>
    <message>
        <source>F9: sync now</source>
        <translation>F9 : synchroniser maintenant</translation>
    </message>
    <message>
        <source>One case: the client's profile, needs, services, notes, tasks, consent and referrals. Changes you type are kept if you leave or the laptop locks; you are asked before anything is lost.</source>
        <translation type="vanished">Un dossier : la fiche de l’usager, ses besoins, services, notes, tâches, consentement et orientations. Ce que vous saisissez est conservé si vous quittez la page ou si l’ordinateur se verrouille ; on vous demande avant de perdre quoi que ce soit.</translation>
    </message>
    <message>
        <source>Ctrl+Enter: add the note · Ctrl+Tab: next tab · Enter in a profile field: save the profile</source>
        <translation>Ctrl+Enter : ajouter la note · Ctrl+Tab : onglet suivant · Enter dans un champ de la fiche : enregistrer la fiche</translation>
    </message>
    <message>
        <source>Assessments, screenings and agency fields are the agency's own forms. Start one from a case's Assessments tab (or, for agency fields, from the client's profile). Save as draft keeps what you typed; Complete checks every answer and shows a message beside each one that needs attention. Amending a completed response keeps the earlier versions: open a response to see them. Scores are worked out as you answer; a screening may suggest a need, which you confirm (the need is added to the case) or dismiss.</source>
        <translation>Les évaluations, dépistages et champs de l’organisme sont les formulaires propres à l’organisme. Commencez-en un depuis l’onglet Évaluations d’un dossier (ou, pour les champs de l’organisme, depuis la fiche de l’usager). Enregistrer comme brouillon garde ce que vous avez saisi ; Terminer vérifie chaque réponse et affiche un message à côté de celles qui demandent votre attention. Modifier une réponse terminée garde les versions précédentes : ouvrez une réponse pour les voir. Les scores se calculent à mesure que vous répondez ; un dépistage peut suggérer un besoin, que vous confirmez (il est ajouté au dossier) ou écartez.</translation>
    </message>
    <message>
        <source>Tab: next question · Arrows: choose among round buttons · Space: tick a box or choose · Alt+Down: open a drop-down · Ctrl+Enter: complete · Ctrl+S: save · Esc: cancel</source>
        <translation>Tab : question suivante · Flèches : choisir parmi les boutons ronds · Espace : cocher une case ou choisir · Alt+Bas : ouvrir une liste · Ctrl+Entrée : terminer · Ctrl+S : enregistrer · Échap : annuler</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9: go to a section · Ctrl+F: find · F5: refresh · F9: sync now · Ctrl+L: lock · F1: this help</source>
        <translation>Ctrl+1 … Ctrl+9 : aller à une section · Ctrl+F : rechercher · F5 : actualiser · F9 : synchroniser maintenant · Ctrl+L : verrouiller · F1 : cette aide</translation>
    </message>
    <message>
        <source>Help: {page}</source>
        <translation>Aide : {page}</translation>
    </message>
    <message>
        <source>Keys on this page:</source>
        <translation>Raccourcis de cette page :</translation>
    </message>
    <message>
        <source>Keys everywhere:</source>
        <translation>Raccourcis dans toute l’application :</translation>
    </message>
    <message>
        <source>Full guides for workers, supervisors and IT volunteers:</source>
        <translation>Guides complets pour les intervenants, les superviseurs et les bénévoles informatiques :</translation>
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
        <translation>Si votre réseau dispose d'un serveur central, saisissez son adresse. Vous pouvez passer cette étape : CollabDesk fonctionne entièrement hors ligne et l'ordinateur pourra être inscrit plus tard depuis Administration.</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Adresse du serveur central</translation>
    </message>
    <message>
        <source>Hub address message</source>
        <translation>Message sur l'adresse du serveur central</translation>
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
        <translation>Échec de l'import</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Résultat de l'import</translation>
    </message>
    <message>
        <source>Nothing was imported. {message}</source>
        <translation>Rien n'a été importé. {message}</translation>
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
        <translation>Garde d'enfants</translation>
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
        <translation>Changement d'état refusé</translation>
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
    <message>
        <source>form “{title}”</source>
        <translation>formulaire « {title} »</translation>
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
        <source>%n overdue</source>
        <translation>en retard : %n</translation>
    </message>
    <message>
        <source>%n new</source>
        <comment>referrals</comment>
        <translation>nouvelles : %n</translation>
    </message>
    <message>
        <source>%n to review</source>
        <comment>conflicts</comment>
        <translation>à examiner : %n</translation>
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
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>This laptop does not sync: it is not connected to a hub, or your role does not include syncing. An administrator connects it on the Network page.</source>
        <translation>Cet ordinateur ne se synchronise pas : il n’est pas connecté à un serveur central, ou votre rôle ne comprend pas la synchronisation. Un administrateur le connecte depuis la page Réseau.</translation>
    </message>
    <message>
        <source>The hub did not answer. This laptop keeps working offline and tries again by itself; nothing is lost.</source>
        <translation>Le serveur central n’a pas répondu. Cet ordinateur continue de fonctionner hors ligne et réessaie tout seul ; rien n’est perdu.</translation>
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
        <source>This laptop was removed from the agency's laptops and no longer syncs.</source>
        <translation>Cet ordinateur a été retiré des ordinateurs de l’organisme et ne se synchronise plus.</translation>
    </message>
    <message>
        <source>Sync did not complete: {reason}</source>
        <translation>La synchronisation n’a pas abouti : {reason}</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>MeasuresPanel</name>
    <message>
        <source>Network measures</source>
        <translation>Mesures du réseau</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <source>Network key fingerprint</source>
        <translation>Empreinte de la clé de réseau</translation>
    </message>
    <message>
        <source>Refused framework</source>
        <translation>Cadre refusé</translation>
    </message>
    <message>
        <source>What the network asks for</source>
        <translation>Ce que le réseau demande</translation>
    </message>
    <message>
        <source>What changed in this version</source>
        <translation>Ce qui a changé dans cette version</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>No measurement framework has arrived from the network yet. It comes with the next sync once the network's backbone publishes one.</source>
        <translation>Aucun cadre de mesure n'est encore arrivé du réseau. Il arrivera avec la prochaine synchronisation dès que l'organisation pilote en publiera un.</translation>
    </message>
    <message>
        <source>%1 — version %2, %3 measures.</source>
        <translation>%1 — version %2, %3 mesures.</translation>
    </message>
    <message>
        <source>Network key fingerprint: %1</source>
        <translation>Empreinte de la clé de réseau : %1</translation>
    </message>
    <message>
        <source>No network key pinned yet.</source>
        <translation>Aucune clé de réseau retenue pour l'instant.</translation>
    </message>
    <message>
        <source>A framework was refused: %1</source>
        <translation>Un cadre a été refusé : %1</translation>
    </message>
    <message>
        <source>count</source>
        <translation>effectif</translation>
    </message>
    <message>
        <source>share</source>
        <translation>proportion</translation>
    </message>
    <message>
        <source>median</source>
        <translation>médiane</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>mesure</translation>
    </message>
    <message>
        <source>form</source>
        <translation>formulaire</translation>
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
    <name>NetworkMeasuresPreview</name>
    <message>
        <source>Network measures</source>
        <translation>Mesures du réseau</translation>
    </message>
    <message>
        <source>Resubmit under the current framework</source>
        <translation>Renvoyer selon le cadre actuel</translation>
    </message>
    <message>
        <source>Network measures as they will leave</source>
        <translation>Mesures du réseau telles qu'elles partiront</translation>
    </message>
    <message>
        <source>The network's measures ({network}, framework version {version}), exactly as they will leave:</source>
        <translation>Les mesures du réseau ({network}, version {version} du cadre), exactement telles qu'elles partiront :</translation>
    </message>
    <message>
        <source>This month was submitted under framework version {old}; resubmit it under version {new}</source>
        <translation>Ce mois a été envoyé selon la version {old} du cadre ; le renvoyer selon la version {new}</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>pas de chiffre</translation>
    </message>
    <message>
        <source>{share}% ({numerator} of {denominator})</source>
        <translation>{share} % ({numerator} sur {denominator})</translation>
    </message>
    <message>
        <source>{value:g} (median of {n})</source>
        <translation>{value:g} (médiane de {n})</translation>
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
        <source>This laptop's fingerprint</source>
        <translation>L'empreinte de cet ordinateur</translation>
    </message>
    <message>
        <source>The agency's fingerprint</source>
        <translation>L'empreinte de l'organisme</translation>
    </message>
    <message>
        <source>This laptop's fingerprint:</source>
        <translation>Empreinte de cet ordinateur :</translation>
    </message>
    <message>
        <source>Agency fingerprint:</source>
        <translation>Empreinte de l'organisme :</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Adresse du serveur central</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Code d'inscription</translation>
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
        <source>Agency's hub id</source>
        <translation>Identifiant de l'organisme sur le serveur central</translation>
    </message>
    <message>
        <source>only for the agency's first laptop</source>
        <translation>seulement pour le premier ordinateur de l'organisme</translation>
    </message>
    <message>
        <source>Expected agency fingerprint</source>
        <translation>Empreinte attendue de l'organisme</translation>
    </message>
    <message>
        <source>optional: as shown on a laptop already connected</source>
        <translation>facultatif : telle qu'affichée sur un ordinateur déjà connecté</translation>
    </message>
    <message>
        <source>&amp;Hub address:</source>
        <translation>Adresse du &amp;serveur central :</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation>&amp;Code d'inscription :</translation>
    </message>
    <message>
        <source>&amp;Name of this laptop:</source>
        <translation>&amp;Nom de cet ordinateur :</translation>
    </message>
    <message>
        <source>Agency's hub &amp;id:</source>
        <translation>&amp;Identifiant de l'organisme sur le serveur :</translation>
    </message>
    <message>
        <source>E&amp;xpected agency fingerprint:</source>
        <translation>Empreinte &amp;attendue de l'organisme :</translation>
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
        <translation>Ordinateurs de l'organisme</translation>
    </message>
    <message>
        <source>&amp;Remove laptop…</source>
        <translation>&amp;Retirer l'ordinateur…</translation>
    </message>
    <message>
        <source>Remove the selected laptop</source>
        <translation>Retirer l'ordinateur sélectionné</translation>
    </message>
    <message>
        <source>Laptops waiting for approval</source>
        <translation>Ordinateurs en attente d'approbation</translation>
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
        <translation>Approuver l'ordinateur sélectionné</translation>
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
        <source>Where there is no connection, export this laptop's changes and referral messages to a file, carry it to another laptop and import it there. Bundles are sealed like everything sent to the hub.</source>
        <translation>Là où il n'y a pas de connexion, exportez dans un fichier les modifications et les messages d'orientation de cet ordinateur, apportez-le sur un autre ordinateur et importez-le. Les paquets sont scellés comme tout ce qui est envoyé au serveur central.</translation>
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
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Not upgraded yet</source>
        <translation>Pas encore mis à jour</translation>
    </message>
    <message>
        <source>CollabDesk bundles (*.cdbundle);;All files (*)</source>
        <translation>Paquets CollabDesk (*.cdbundle);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Approve laptop</source>
        <translation>Approuver l'ordinateur</translation>
    </message>
    <message>
        <source>Read the fingerprint shown on the Network page of “{label}” and type it here. Approve only if it matches.</source>
        <translation>Lisez l'empreinte affichée sur la page Réseau de « {label} » et saisissez-la ici. N'approuvez que si elle correspond.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Sync overview</source>
        <translation>Vue d'ensemble de la synchronisation</translation>
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
        <translation>Non connecté à un serveur central. Saisissez l'adresse du serveur et le code à usage unique fourni par son gestionnaire.</translation>
    </message>
    <message>
        <source>Enrolled with {hub}, waiting for approval. Ask an administrator at a laptop already connected to approve this one after comparing this laptop's fingerprint.</source>
        <translation>Inscrit auprès de {hub}, en attente d'approbation. Demandez à un administrateur, sur un ordinateur déjà connecté, d'approuver celui-ci après avoir comparé l'empreinte de cet ordinateur.</translation>
    </message>
    <message>
        <source>Connected to {hub}.</source>
        <translation>Connecté à {hub}.</translation>
    </message>
    <message>
        <source>This laptop was removed from the agency's laptops and no longer syncs. It can be enrolled again with a new code.</source>
        <translation>Cet ordinateur a été retiré des ordinateurs de l'organisme et ne se synchronise plus. Il peut être inscrit à nouveau avec un nouveau code.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucune pour l'instant)</translation>
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
            <numerusform>%n message n'a pas pu être remis</numerusform>
            <numerusform>%n messages n'ont pas pu être remis</numerusform>
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
        <translation>Saisissez l'adresse du serveur central et le code d'inscription.</translation>
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
        <translation>Cet ordinateur est inscrit et attend d'être approuvé. Sur un ordinateur déjà connecté, ouvrez Réseau et approuvez-le après avoir comparé cette empreinte : {fp}</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>Interrogation du serveur central…</translation>
    </message>
    <message>
        <source>The hub could not be asked: {error}</source>
        <translation>Le serveur central n'a pas pu être interrogé : {error}</translation>
    </message>
    <message>
        <source>No laptop is waiting.</source>
        <translation>Aucun ordinateur n'attend.</translation>
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
        <translation>Approbation de l'ordinateur…</translation>
    </message>
    <message>
        <source>“{label}” can now sync with the agency's data.</source>
        <translation>« {label} » peut maintenant se synchroniser avec les données de l'organisme.</translation>
    </message>
    <message>
        <source>Remove laptop</source>
        <translation>Retirer l'ordinateur</translation>
    </message>
    <message>
        <source>Remove “{label}” from the agency's laptops? It will no longer sync, and new data will be sealed with a new agency key it does not have. It keeps what it already holds, so report a lost laptop as well.</source>
        <translation>Retirer « {label} » des ordinateurs de l'organisme ? Il ne se synchronisera plus et les nouvelles données seront scellées avec une nouvelle clé de l'organisme qu'il n'a pas. Il garde ce qu'il contient déjà : signalez aussi un ordinateur perdu.</translation>
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
        <translation>Retrait de l'ordinateur…</translation>
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
        <translation>{n} message(s) n'ont pas pu être remis.</translation>
    </message>
    <message>
        <source>At {when} the hub did not answer; this laptop keeps working offline and tries again later.</source>
        <translation>À {when}, le serveur central n'a pas répondu ; cet ordinateur continue de fonctionner hors ligne et réessaiera plus tard.</translation>
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
    <name>OutcomeDialog</name>
    <message>
        <source>Record the partner's answer</source>
        <translation>Enregistrer la réponse du partenaire</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Record the answer</source>
        <translation>Enregistrer la réponse</translation>
    </message>
    <message>
        <source>Why the partner declined</source>
        <translation>Pourquoi le partenaire a refusé</translation>
    </message>
    <message>
        <source>&amp;What {partner} did</source>
        <translation>Ce qu'a &amp;fait {partner}</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Say why the partner declined.</source>
        <translation>Indiquez pourquoi le partenaire a refusé.</translation>
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
        <source>&amp;Needs it meets</source>
        <translation>&amp;Besoins couverts</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Langues</translation>
    </message>
    <message>
        <source>&amp;Areas served</source>
        <translation>&amp;Zones desservies</translation>
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
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>Courri&amp;el</translation>
    </message>
    <message>
        <source>&amp;Eligibility</source>
        <translation>&amp;Conditions d'accès</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase for {name}</source>
        <translation>Phrase secrète pour {name}</translation>
    </message>
    <message>
        <source>This sets {name}'s passphrase on this laptop only. Tell them in person, not by e-mail.</source>
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
        <translation>« {section} » n'est pas encore disponible dans cette version.</translation>
    </message>
</context>
<context>
    <name>PqRollout</name>
    <message>
        <source>Post-quantum suite</source>
        <translation>Suite post-quantique</translation>
    </message>
    <message>
        <source>Require &amp;post-quantum suite…</source>
        <translation>Exiger la suite &amp;post-quantique…</translation>
    </message>
    <message>
        <source>Require the post-quantum suite for this agency</source>
        <translation>Exiger la suite post-quantique pour cet organisme</translation>
    </message>
    <message>
        <source>This agency requires the post-quantum suite.</source>
        <translation>Cet organisme exige la suite post-quantique.</translation>
    </message>
    <message>
        <source>Not upgraded yet: {labels}. Each gets its post-quantum key on its next sync with this version.</source>
        <translation>Pas encore mis à jour : {labels}. Chacun obtient sa clé post-quantique à sa prochaine synchronisation avec cette version.</translation>
    </message>
    <message>
        <source>Every laptop has a post-quantum key.</source>
        <translation>Tous les ordinateurs ont une clé post-quantique.</translation>
    </message>
    <message>
        <source>Require post-quantum suite</source>
        <translation>Exiger la suite post-quantique</translation>
    </message>
    <message>
        <source>From now on this agency takes only envelopes sealed with the post-quantum suite; a new agency key is made and sent to every laptop. Partner agencies that have not moved to it cannot exchange referrals with this agency until they have. This cannot be undone.</source>
        <translation>Désormais cet organisme n'accepte que les enveloppes scellées avec la suite post-quantique ; une nouvelle clé de l'organisme est créée et envoyée à chaque ordinateur. Les organismes partenaires qui ne l'utilisent pas encore ne pourront pas échanger d'orientations avec cet organisme tant qu'ils ne l'auront pas fait. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Require</source>
        <translation>Exiger</translation>
    </message>
    <message>
        <source>This agency now requires the post-quantum suite.</source>
        <translation>Cet organisme exige désormais la suite post-quantique.</translation>
    </message>
    <message>
        <source>Requiring the post-quantum suite…</source>
        <translation>Application de la suite post-quantique…</translation>
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
        <translation>Récupérer l'accès</translation>
    </message>
    <message>
        <source>Type the agency's recovery code (from the paper printed at setup) and choose a new passphrase.</source>
        <translation>Saisissez le code de récupération de l'organisme (sur le papier imprimé lors de l'installation) et choisissez une nouvelle phrase secrète.</translation>
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
        <translation>&amp;Envoyer l'orientation</translation>
    </message>
    <message>
        <source>Send referral</source>
        <translation>Envoyer l'orientation</translation>
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
        <source>Completed forms to send with it:</source>
        <translation>Formulaires complétés à envoyer avec elle :</translation>
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
        <source>Record the client's consent</source>
        <translation>Enregistrer le consentement de l'usager</translation>
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
        <translation>&amp;Motif de l'orientation</translation>
    </message>
    <message>
        <source>Say why you are referring the client.</source>
        <translation>Indiquez pourquoi vous orientez l'usager.</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>&amp;Urgence</translation>
    </message>
    <message>
        <source>Print a letter (PDF)</source>
        <translation>Imprimer une lettre (PDF)</translation>
    </message>
    <message>
        <source>Save a FHIR file (for a clinic's system)</source>
        <translation>Enregistrer un fichier FHIR (pour le système d'une clinique)</translation>
    </message>
    <message>
        <source>&amp;How it reaches the partner</source>
        <translation>Comment elle &amp;parvient au partenaire</translation>
    </message>
    <message>
        <source>Why the referral cannot be sent yet</source>
        <translation>Pourquoi l'orientation ne peut pas encore être envoyée</translation>
    </message>
    <message>
        <source>{form} ({date})</source>
        <translation>{form} ({date})</translation>
    </message>
    <message>
        <source>Send with it: {form}</source>
        <translation>Envoyer avec elle : {form}</translation>
    </message>
    <message>
        <source>{service} at {partner}</source>
        <translation>{service} chez {partner}</translation>
    </message>
    <message>
        <source>{partner} is not on the hub: print a letter or save a FHIR file for you to hand over (neither is encrypted).</source>
        <translation>{partner} n'est pas sur le serveur central : imprimez une lettre ou enregistrez un fichier FHIR à remettre vous-même (ni l'un ni l'autre n'est chiffré).</translation>
    </message>
    <message>
        <source>&amp;Print letter…</source>
        <translation>&amp;Imprimer la lettre…</translation>
    </message>
    <message>
        <source>&amp;Save as FHIR file…</source>
        <translation>&amp;Enregistrer en fichier FHIR…</translation>
    </message>
    <message>
        <source>{partner} is not on the hub: the referral is saved as a FHIR file for you to hand over (the file is not encrypted).</source>
        <translation type="vanished">{partner} n'est pas sur le hub : l'orientation est enregistrée en fichier FHIR que vous remettrez (le fichier n'est pas chiffré).</translation>
    </message>
    <message>
        <source>Choose a partner service to see the consent that covers it.</source>
        <translation>Choisissez un service partenaire pour voir le consentement qui le couvre.</translation>
    </message>
    <message>
        <source>Covered by the client's {method} consent of {date} to share: {fields}.</source>
        <translation>Couvert par le consentement {method} de l'usager du {date} pour partager : {fields}.</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>aucun ouvert</translation>
    </message>
    <message>
        <source>Form: {form}, answered {date}</source>
        <translation>Formulaire : {form}, rempli le {date}</translation>
    </message>
    <message>
        <source>Choose a partner service first.</source>
        <translation>Choisissez d'abord un service partenaire.</translation>
    </message>
    <message>
        <source>Checking the client's consent…</source>
        <translation>Vérification du consentement de l'usager…</translation>
    </message>
    <message>
        <source>Sending is blocked: {problem}</source>
        <translation>L'envoi est bloqué : {problem}</translation>
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
        <translation>Historique des états</translation>
    </message>
    <message>
        <source>Not sent yet — on this laptop</source>
        <translation>Pas encore envoyée — sur cet ordinateur</translation>
    </message>
    <message>
        <source>Could not be delivered: {reason}</source>
        <translation>N’a pas pu être remise : {reason}</translation>
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
        <source>Handed over on paper, waiting for the outcome</source>
        <translation>Remise sur papier, en attente du résultat</translation>
    </message>
    <message>
        <source>Saved as a FHIR file</source>
        <translation>Enregistrée en fichier FHIR</translation>
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
        <translation>{status} : {reason}</translation>
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
        <translation>Listes d'orientations</translation>
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
        <translation>Accepter l'orientation</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>&amp;Refuser…</translation>
    </message>
    <message>
        <source>Decline the referral</source>
        <translation>Refuser l'orientation</translation>
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
        <translation>Clore l'orientation</translation>
    </message>
    <message>
        <source>Open &amp;case</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Open the referral's case</source>
        <translation>Ouvrir le dossier de l'orientation</translation>
    </message>
    <message>
        <source>E&amp;xport as FHIR…</source>
        <translation>E&amp;xporter en FHIR…</translation>
    </message>
    <message>
        <source>Export the referral as a FHIR file</source>
        <translation>Exporter l'orientation en fichier FHIR</translation>
    </message>
    <message>
        <source>Import FHIR &amp;file…</source>
        <translation>Importer un &amp;fichier FHIR…</translation>
    </message>
    <message>
        <source>Import a FHIR file from a clinic</source>
        <translation>Importer un fichier FHIR d'une clinique</translation>
    </message>
    <message>
        <source>Record the &amp;answer…</source>
        <translation>Saisir la &amp;réponse…</translation>
    </message>
    <message>
        <source>Record what a partner off the hub did</source>
        <translation>Saisir ce qu'a fait un partenaire hors du serveur central</translation>
    </message>
    <message>
        <source>&amp;Letter…</source>
        <translation>&amp;Lettre…</translation>
    </message>
    <message>
        <source>Save the referral letter again</source>
        <translation>Enregistrer à nouveau la lettre d'orientation</translation>
    </message>
    <message>
        <source>&amp;Forms sent…</source>
        <translation>&amp;Formulaires envoyés…</translation>
    </message>
    <message>
        <source>Read the forms sent with the referral</source>
        <translation>Lire les formulaires envoyés avec l'orientation</translation>
    </message>
    <message>
        <source>What the FHIR file did</source>
        <translation>Ce qu'a fait le fichier FHIR</translation>
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
        <translation>État : {state}</translation>
    </message>
    <message>
        <source>Client: {name}</source>
        <translation>Usager : {name}</translation>
    </message>
    <message>
        <source>Forms sent with it: {n}</source>
        <translation>Formulaires envoyés avec elle : {n}</translation>
    </message>
    <message>
        <source>The referral is saved as a FHIR file: {path}. The file is not encrypted: hand it over, then delete it.</source>
        <translation>L'orientation est enregistrée en fichier FHIR : {path}. Le fichier n'est pas chiffré : remettez-le, puis supprimez-le.</translation>
    </message>
    <message>
        <source>The referral's state is saved as a FHIR file: {path}. The file is not encrypted: hand it over, then delete it.</source>
        <translation>L'état de l'orientation est enregistré en fichier FHIR : {path}. Le fichier n'est pas chiffré : remettez-le, puis supprimez-le.</translation>
    </message>
    <message>
        <source>A referral from {partner} for {client} is in the inbox. Accept it to check whether the client is already here.</source>
        <translation>Une orientation de {partner} pour {client} est dans la boîte de réception. Acceptez-la pour vérifier si la personne est déjà enregistrée ici.</translation>
    </message>
    <message>
        <source>Recorded from the file: {states}.</source>
        <translation>Enregistré à partir du fichier : {states}.</translation>
    </message>
    <message>
        <source>Nothing new: the referral already shows what the file says.</source>
        <translation>Rien de nouveau : l'orientation indique déjà ce que dit le fichier.</translation>
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
        <translation>Refuser l'orientation</translation>
    </message>
    <message>
        <source>Close referral</source>
        <translation>Clore l'orientation</translation>
    </message>
    <message>
        <source>Why is the referral declined? The partner will see this.</source>
        <translation>Pourquoi l'orientation est-elle refusée ? Le partenaire le verra.</translation>
    </message>
    <message>
        <source>Why is the referral closed?</source>
        <translation>Pourquoi l'orientation est-elle close ?</translation>
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
        <source>Queue this month's summary for the network's hub; it is sent when the hub answers.</source>
        <translation>Mettre en file d'attente le bilan de ce mois pour le serveur central du réseau ; il sera envoyé quand le serveur répondra.</translation>
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
        <translation>Commencez par l’aperçu : un export ou une soumission contient exactement ce que montre l’aperçu.</translation>
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
        <translation>Cellules orange : un effectif de 1 à {n} (masqué). Cellules jaunes : masquées pour qu'un petit effectif ne puisse pas être déduit des totaux ou d'autres lignes. Ici, les lignes des intervenants apparaissent avec leur nom ; le serveur central reçoit des pseudonymes.</translation>
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
        <translation>Masqué : repose sur trop peu d'orientations ou pourrait révéler un petit effectif.</translation>
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
        <translation>{month} : en file d'attente ; sera envoyé quand le serveur central répondra.</translation>
    </message>
    <message>
        <source>{month}: queued — will be sent once this laptop is enrolled with the hub and the hub answers.</source>
        <translation>{month} : en file d'attente ; sera envoyé quand cet ordinateur sera inscrit auprès du serveur central et que celui-ci répondra.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Annulé ; rien n'a été enregistré.</translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <source>Response: %1</source>
        <translation>Réponse : %1</translation>
    </message>
    <message>
        <source>About this response</source>
        <translation>À propos de cette réponse</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Version %1: %2, %3, %4</source>
        <translation>Version %1 : %2, %3, %4</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version :</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Amend</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Amend this response</source>
        <translation>Modifier cette réponse</translation>
    </message>
    <message>
        <source>Answered under %1, version %2</source>
        <translation>Répondu avec %1, version %2</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>par %1, %2</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message>
        <source>Answers as received</source>
        <translation>Réponses telles que reçues</translation>
    </message>
    <message>
        <source>This form has not arrived on this laptop yet: the answers are shown as they were received.</source>
        <translation>Ce formulaire n’est pas encore arrivé sur cet ordinateur : les réponses sont affichées telles que reçues.</translation>
    </message>
    <message>
        <source>Some answers did not fit the form and are not shown: %1</source>
        <translation>Certaines réponses ne correspondaient pas au formulaire et ne sont pas affichées : %1</translation>
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
        <translation>p. ex. colis alimentaire, séance d'accompagnement</translation>
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
    <name>ShareFormsDialog</name>
    <message>
        <source>Share forms as a FHIR file</source>
        <translation>Partager des formulaires dans un fichier FHIR</translation>
    </message>
    <message>
        <source>&amp;Save file…</source>
        <translation>&amp;Enregistrer le fichier…</translation>
    </message>
    <message>
        <source>Save the FHIR file</source>
        <translation>Enregistrer le fichier FHIR</translation>
    </message>
    <message>
        <source>Only what {name}'s consent for this partner covers is written: the consented details and the completed forms the consent names. The file is not encrypted: hand it over, then delete it.</source>
        <translation>Seul ce que couvre le consentement de {name} pour ce partenaire est écrit : les informations consenties et les formulaires complétés que le consentement nomme. Le fichier n'est pas chiffré : remettez-le, puis supprimez-le.</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Ce que contient le fichier</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partenaire</translation>
    </message>
    <message>
        <source>Choose the partner.</source>
        <translation>Choisissez le partenaire.</translation>
    </message>
    <message>
        <source>Saved {path}: {name}'s {fields} and {n} completed form(s).</source>
        <translation>Enregistré {path} : {fields} de {name} et {n} formulaire(s) complété(s).</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>aucune information</translation>
    </message>
    <message>
        <source>{n} other completed form(s) are not covered by the consent and were left out.</source>
        <translation>{n} autre(s) formulaire(s) complété(s) ne sont pas couverts par le consentement et ont été laissés de côté.</translation>
    </message>
</context>
<context>
    <name>SharedFormsDialog</name>
    <message>
        <source>Forms sent with the referral</source>
        <translation>Formulaires envoyés avec l'orientation</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulaires</translation>
    </message>
    <message>
        <source>Answers as received</source>
        <translation>Réponses telles que reçues</translation>
    </message>
    <message>
        <source>%1 (score %2)</source>
        <translation>%1 (score %2)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
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
        <translation>Cette phrase secrète n'est pas correcte pour cet utilisateur.</translation>
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
    <name>StoragePanel</name>
    <message>
        <source>What CollabDesk keeps on this laptop's disk. When free space falls below what the next backup and a week of work need, a warning opens once a day.</source>
        <translation>Ce que CollabDesk conserve sur le disque de cet ordinateur. Quand l'espace libre passe sous ce que demandent la prochaine sauvegarde et une semaine de travail, un avertissement s'affiche une fois par jour.</translation>
    </message>
    <message>
        <source>Store (records, notes, attachments)</source>
        <translation>Base (dossiers, notes, pièces jointes)</translation>
    </message>
    <message>
        <source>of which sync snapshots</source>
        <translation>dont instantanés de synchronisation</translation>
    </message>
    <message>
        <source>Backups in the data folder</source>
        <translation>Sauvegardes dans le dossier de données</translation>
    </message>
    <message>
        <source>Free on this disk</source>
        <translation>Libre sur ce disque</translation>
    </message>
    <message>
        <source>Needed for the next backup and a week of work</source>
        <translation>Nécessaire pour la prochaine sauvegarde et une semaine de travail</translation>
    </message>
    <message>
        <source>Disk space warning</source>
        <translation>Avertissement d'espace disque</translation>
    </message>
    <message>
        <source>Prune old backups…</source>
        <translation>Supprimer les anciennes sauvegardes…</translation>
    </message>
    <message>
        <source>Prune old backups</source>
        <translation>Supprimer les anciennes sauvegardes</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Check the disk space again</source>
        <translation>Vérifier à nouveau l'espace disque</translation>
    </message>
    <message>
        <source>Storage status</source>
        <translation>État du stockage</translation>
    </message>
    <message>
        <source>The backup schedule keeps every backup, so none is old enough to delete. Set how many to keep under Backups first.</source>
        <translation>La planification conserve toutes les sauvegardes, aucune n'est donc assez ancienne pour être supprimée. Indiquez d'abord combien en garder sous Sauvegardes.</translation>
    </message>
    <message>
        <source>Delete the agency's backups beyond the newest {keep} in the backup folder, as the backup schedule says? Copies kept elsewhere are not touched.</source>
        <translation>Supprimer les sauvegardes de l'organisme au-delà des {keep} plus récentes dans le dossier de sauvegarde, comme le prévoit la planification ? Les copies conservées ailleurs ne sont pas touchées.</translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n old backup(s), freeing {size}; {kept} kept.</source>
        <translation>
            <numerusform>%n ancienne sauvegarde supprimée, {size} libérés ; {kept} conservée(s).</numerusform>
            <numerusform>%n anciennes sauvegardes supprimées, {size} libérés ; {kept} conservée(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup is older than the schedule keeps; nothing was deleted.</source>
        <translation>Aucune sauvegarde ne dépasse ce que garde la planification ; rien n'a été supprimé.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>this laptop waits for approval by an administrator on another laptop of the agency</source>
        <extracomment>seconds the hub client waits for an answer before a round counts the hub as offline</extracomment>
        <translation>cet ordinateur attend l'approbation d'un administrateur sur un autre ordinateur de l'organisme</translation>
    </message>
    <message>
        <source>this laptop was removed from the agency's devices and no longer syncs; ask an administrator to enrol it again</source>
        <translation>cet ordinateur a été retiré des appareils de l'organisme et ne se synchronise plus ; demandez à un administrateur de l'inscrire à nouveau</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Offline — changes are kept on this laptop</source>
        <translation>Hors ligne : tout reste sur ce portable</translation>
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
            <numerusform>%n modification à envoyer</numerusform>
            <numerusform>%n modifications à envoyer</numerusform>
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
        <translation>Serveur central jamais contacté</translation>
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
        <translation>Personne n'est connecté</translation>
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
        <translation>admin</translation>
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
        <translation>Verrouiller l'écran</translation>
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
        <translation>Ce qu'il faut &amp;faire</translation>
    </message>
    <message>
        <source>Say what needs doing.</source>
        <translation>Indiquez ce qu'il faut faire.</translation>
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
        <translation>{date} (aujourd'hui)</translation>
    </message>
    <message>
        <source>{title}, done</source>
        <translation>{title}, faite</translation>
    </message>
    <message>
        <source>“{title}” is marked done.</source>
        <translation>La tâche « {title} » est marquée comme faite.</translation>
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
        <extracomment>what the store says a task changed (:class:`collabdesk.changes.Changes`) and the object that asked for the task (or None), once per task that changed anything, before that task's own callbacks run a CollabDeskError of an Op that had no failure callback (see collabdesk.ui.ops)</extracomment>
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
        <translation>À faire aujourd'hui</translation>
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
        <source>Everyone's overdue tasks</source>
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
        <source>Open the task's case</source>
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
        <source>Disk space is running low</source>
        <translation>L'espace disque devient insuffisant</translation>
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
        <translation>Modifier l'utilisateur</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d'utilisateur</translation>
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
        <translation>Enregistrer l'utilisateur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d'&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nom affiché :</translation>
    </message>
    <message>
        <source>A user name is 2–40 letters, digits, dots, dashes or underscores.</source>
        <translation>Un nom d'utilisateur compte de 2 à 40 lettres, chiffres, points, tirets ou tirets bas.</translation>
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
        <translation>Détails de l'orientation</translation>
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
