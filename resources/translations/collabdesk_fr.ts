<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
    <name>StatusChip</name>
    <message>
        <source>Status: {status}</source>
        <translation>Statut : {status}</translation>
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
</TS>
